import { createHmac, timingSafeEqual } from "node:crypto";

/** Telegram's data-check-string: every field but `hash`, sorted, as key=value lines. */
export const dataCheckString = (fields: Record<string, string>): string =>
  Object.keys(fields)
    .filter((key) => key !== "hash")
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("\n");

/** Constant-time comparison of two hex digests. */
export const hexEquals = (a: string, b: string): boolean => {
  if (!/^[0-9a-f]+$/i.test(a) || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"));
};

export const hmacHex = (key: Buffer | string, data: string): string =>
  createHmac("sha256", key).update(data).digest("hex");

export type TelegramAuthFailure = "bad_hash" | "expired" | "malformed";
