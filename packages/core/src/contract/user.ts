import { z } from "zod";
import { languageSchema } from "./interpretation";

export const referralCodeSchema = z
  .string()
  .trim()
  .regex(/^(ref_)?[a-z0-9]{4,32}$/i, "Not a referral code")
  .describe("A referral code (the web's ?ref= or the bot's /start ref_<code>)");

/** An IANA time zone name the runtime knows, e.g. `Europe/Moscow`. */
export const timezoneSchema = z
  .string()
  .max(64)
  .refine(isValidTimezone, { message: "Unknown IANA time zone" })
  .describe("IANA time zone, e.g. Europe/Moscow");

function isValidTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const userSchema = z.object({
  id: z.uuid(),
  telegram_id: z.number().int().nullable(),
  username: z.string().nullable(),
  first_name: z.string().nullable(),
  language: languageSchema,
  timezone: z.string(),
  is_guest: z.boolean(),
  tier: z.enum(["free", "trial", "pro_monthly", "pro_yearly"]),
  referral_code: z.string(),
  created_at: z.iso.datetime({ offset: true }),
  reminder_enabled: z.boolean(),
  reminder_time: z.string().describe("Local time of the morning reminder, HH:MM"),
  offline_only: z.boolean().describe("Never send this user's dreams to an external AI"),
  deep_dive_credits: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const tokensSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.number().int(),
});
export type Tokens = z.infer<typeof tokensSchema>;

export const authResponseSchema = z.object({
  user: userSchema,
  tokens: tokensSchema,
  is_new_user: z.boolean(),
});
export type AuthResponse = z.infer<typeof authResponseSchema>;

export const guestRequestSchema = z
  .object({
    language: languageSchema.optional(),
    timezone: timezoneSchema.optional(),
    referral_code: referralCodeSchema.optional(),
  })
  .nullish();

export const refreshRequestSchema = z.object({ refresh_token: z.string().min(10).max(512) });

export const statsSchema = z.object({
  total_dreams: z.number().int(),
  current_streak: z.number().int(),
  longest_streak: z.number().int(),
  last_dream_date: z.iso.date().nullable(),
  favorite_symbol: z.string().nullable(),
  favorite_symbol_count: z.number().int(),
});
export type Stats = z.infer<typeof statsSchema>;

export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
  details: z.unknown(),
  code: z.string(),
  request_id: z.string(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
