import { createHash } from "node:crypto";
import { dataCheckString, hexEquals, hmacHex, type TelegramAuthFailure } from "./telegram-hash";

export type TelegramLoginUser = {
  id: number;
  first_name: string | undefined;
  last_name: string | undefined;
  username: string | undefined;
  photo_url: string | undefined;
  auth_date: number;
};

export type VerifyOptions = { botToken: string; maxAgeSeconds: number; now?: number };

/**
 * Verifies Telegram Login Widget data: HMAC-SHA256 of the data-check-string keyed with
 * SHA256(bot token), compared in constant time, and an `auth_date` no older than allowed.
 */
export const verifyTelegramLogin = (
  data: Record<string, string | number | undefined>,
  options: VerifyOptions,
): { ok: true; user: TelegramLoginUser } | { ok: false; reason: TelegramAuthFailure } => {
  const fields = Object.fromEntries(
    Object.entries(data)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
  const { hash, id, auth_date: authDate } = fields;
  if (!hash || !id || !authDate || !/^\d+$/.test(id) || !/^\d+$/.test(authDate))
    return { ok: false, reason: "malformed" };
  const secret = createHash("sha256").update(options.botToken).digest();
  if (!hexEquals(hash, hmacHex(secret, dataCheckString(fields)))) return { ok: false, reason: "bad_hash" };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (now - Number(authDate) > options.maxAgeSeconds) return { ok: false, reason: "expired" };
  return {
    ok: true,
    user: {
      id: Number(id),
      first_name: fields.first_name,
      last_name: fields.last_name,
      username: fields.username,
      photo_url: fields.photo_url,
      auth_date: Number(authDate),
    },
  };
};
