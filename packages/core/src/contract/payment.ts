import { z } from "zod";

export const PRODUCTS = ["pro_monthly", "pro_yearly", "deep_dive"] as const;
export const productSchema = z.enum(PRODUCTS);
export type Product = z.infer<typeof productSchema>;

export const featureFlagsSchema = z.object({
  voice_input: z.boolean(),
  tts_output: z.boolean(),
  deep_analysis: z.boolean(),
  similar_dreams: z.boolean(),
  export_data: z.boolean(),
  priority_support: z.boolean(),
});

export const subscriptionSchema = z.object({
  tier: z.enum(["free", "trial", "pro_monthly", "pro_yearly"]),
  features: featureFlagsSchema,
  daily_limit: z.number().int().nullable().describe("null: unlimited (fair-use burst limit applies)"),
  trial_ends_at: z.iso.datetime({ offset: true }).nullable(),
  pro_expires_at: z.iso.datetime({ offset: true }).nullable(),
  deep_dive_credits: z.number().int(),
  prices: z.object({
    currency: z.literal("XTR"),
    pro_monthly: z.number(),
    pro_yearly: z.number(),
    deep_dive: z.number(),
  }),
});

export const invoiceRequestSchema = z.object({ product: productSchema });
export const invoiceResponseSchema = z.object({
  invoice_link: z.string(),
  product: productSchema,
  amount: z.number().int(),
  currency: z.literal("XTR"),
});

export const paymentSchema = z.object({
  id: z.uuid(),
  product: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.enum(["paid", "refunded"]),
  created_at: z.iso.datetime({ offset: true }),
  refunded_at: z.iso.datetime({ offset: true }).nullable(),
});
export const paymentListSchema = z.object({ items: z.array(paymentSchema) });

const telegramUser = z.object({ id: z.number().int() }).passthrough();

/** Telegram's PreCheckoutQuery, forwarded by the bot. */
export const preCheckoutSchema = z.object({
  id: z.string().min(1).max(256),
  from: telegramUser,
  currency: z.string(),
  total_amount: z.number().int(),
  invoice_payload: z.string().max(128),
});

/** Telegram's Message with `successful_payment`, forwarded by the bot. */
export const successfulPaymentSchema = z.object({
  from: telegramUser,
  successful_payment: z.object({
    currency: z.string(),
    total_amount: z.number().int(),
    invoice_payload: z.string().max(128),
    telegram_payment_charge_id: z.string().min(1).max(256),
    provider_payment_charge_id: z.string().optional(),
    subscription_expiration_date: z.number().int().optional(),
    is_recurring: z.boolean().optional(),
    is_first_recurring: z.boolean().optional(),
  }),
});

export const refundRequestSchema = z.object({ telegram_payment_charge_id: z.string().min(1).max(256) });
