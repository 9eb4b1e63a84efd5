import { z } from "zod";
import { languageSchema } from "./interpretation";
import { authResponseSchema, referralCodeSchema, timezoneSchema } from "./user";

/** Telegram Login Widget data, exactly as the widget hands it over. */
export const telegramLoginSchema = z.object({
  id: z.coerce.number().int().positive(),
  first_name: z.string().max(256).optional(),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  photo_url: z.string().max(1024).optional(),
  auth_date: z.coerce.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/i, "hash must be 64 hex characters"),
  referral_code: referralCodeSchema.optional(),
});

export const webAppAuthSchema = z.object({
  init_data: z.string().min(1).max(8192).describe("Telegram.WebApp.initData, unmodified"),
  referral_code: referralCodeSchema.optional(),
});

export const botAuthSchema = z.object({
  telegram_id: z.number().int().positive(),
  first_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(16).optional(),
  referral_code: referralCodeSchema.optional(),
});

export const signInResponseSchema = authResponseSchema;

export const updateMeSchema = z
  .object({
    language: languageSchema.optional(),
    timezone: timezoneSchema.optional(),
    reminder_enabled: z.boolean().optional(),
    reminder_time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "reminder_time must be HH:MM (24 h)")
      .optional(),
    offline_only: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to update" });
export type UpdateMe = z.infer<typeof updateMeSchema>;
