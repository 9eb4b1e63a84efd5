import { createHmac } from "node:crypto";
import { dataCheckString, hexEquals, hmacHex, type TelegramAuthFailure } from "./telegram-hash";

export type WebAppUser = {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
};

/**
 * Verifies Telegram Mini App `initData`: the secret is HMAC-SHA256 of the bot token keyed
 * with "WebAppData"; the hash is HMAC-SHA256 of the data-check-string with that secret.
 */
export const verifyWebAppInitData = (
  initData: string,
  options: { botToken: string; maxAgeSeconds: number; now?: number },
):
  | { ok: true; user: WebAppUser; authDate: number; startParam: string | undefined }
  | { ok: false; reason: TelegramAuthFailure } => {
  const params = new URLSearchParams(initData);
  const fields: Record<string, string> = {};
  for (const [key, value] of params) fields[key] = value;
  const { hash, auth_date: authDate, user } = fields;
  if (!hash || !authDate || !user || !/^\d+$/.test(authDate)) return { ok: false, reason: "malformed" };
  const secret = createHmac("sha256", "WebAppData").update(options.botToken).digest();
  if (!hexEquals(hash, hmacHex(secret, dataCheckString(fields)))) return { ok: false, reason: "bad_hash" };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (now - Number(authDate) > options.maxAgeSeconds) return { ok: false, reason: "expired" };
  let parsed: WebAppUser;
  try {
    parsed = JSON.parse(user) as WebAppUser;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (!Number.isSafeInteger(parsed.id)) return { ok: false, reason: "malformed" };
  return { ok: true, user: parsed, authDate: Number(authDate), startParam: fields.start_param };
};
