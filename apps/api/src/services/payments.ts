import { AppError, type Product, productSchema } from "@razgazdayson/core";
import type { Repositories } from "@razgazdayson/db";
import { type BotApiConfig, callBotApi } from "./telegram-bot-api";

export type Prices = Record<Product, number>;

export const SUBSCRIPTION_PERIOD_SECONDS = 30 * 86_400;
const DAYS: Record<Product, number> = { pro_monthly: 30, pro_yearly: 365, deep_dive: 0 };

const TITLES: Record<Product, { title: string; description: string }> = {
  pro_monthly: {
    title: "Разгадай сон Pro — месяц",
    description: "Безлимитные толкования, голос, глубокие разборы. Pro for a month.",
  },
  pro_yearly: { title: "Разгадай сон Pro — год", description: "Pro на 12 месяцев. Pro for a year." },
  deep_dive: {
    title: "Глубокий разбор сна",
    description: "Один подробный разбор сна. One deep-dive reading.",
  },
};

/** The invoice payload: what was bought, by whom. Short (Telegram allows 128 bytes) and checkable. */
export const encodePayload = (product: Product, userId: string): string => `${product}:${userId}`;
export const decodePayload = (payload: string): { product: Product; userId: string } | undefined => {
  const match = payload.match(/^([a-z_]+):([0-9a-f-]{36})$/);
  const product = productSchema.safeParse(match?.[1]);
  return match?.[2] && product.success ? { product: product.data, userId: match[2] } : undefined;
};

/** A Telegram Stars invoice link (pro monthly is a Stars subscription with a 30-day period). */
export const createInvoice = async (
  telegram: BotApiConfig,
  prices: Prices,
  product: Product,
  userId: string,
) => {
  const link = await callBotApi<string>(telegram, "createInvoiceLink", {
    ...TITLES[product],
    payload: encodePayload(product, userId),
    currency: "XTR",
    prices: [{ label: TITLES[product].title, amount: prices[product] }],
    ...(product === "pro_monthly" ? { subscription_period: SUBSCRIPTION_PERIOD_SECONDS } : {}),
  });
  return { invoice_link: link, product, amount: prices[product], currency: "XTR" as const };
};

/** Why a pre-checkout query must be declined, or undefined when it may go ahead. */
export const checkPreCheckout = async (
  repos: Repositories,
  prices: Prices,
  query: { currency: string; total_amount: number; invoice_payload: string; from: { id: number } },
): Promise<string | undefined> => {
  const payload = decodePayload(query.invoice_payload);
  if (!payload) return "Unknown purchase";
  if (query.currency !== "XTR") return "Payments are accepted in Telegram Stars only";
  if (query.total_amount !== prices[payload.product])
    return "The price has changed; please open the offer again";
  const user = await repos.users.findById(payload.userId);
  if (!user) return "Account not found";
  if (user.telegramId !== null && user.telegramId !== query.from.id)
    return "This invoice belongs to another account";
  return undefined;
};

/** Applies a successful payment exactly once (the Telegram charge id is unique). */
export const applySuccessfulPayment = async (
  repos: Repositories,
  prices: Prices,
  message: {
    from: { id: number };
    successful_payment: {
      currency: string;
      total_amount: number;
      invoice_payload: string;
      telegram_payment_charge_id: string;
    };
  },
) => {
  const paid = message.successful_payment;
  const payload = decodePayload(paid.invoice_payload);
  if (!payload) throw new AppError("VALIDATION_ERROR", { message: "Unknown invoice payload" });
  if (paid.currency !== "XTR" || paid.total_amount !== prices[payload.product]) {
    throw new AppError("VALIDATION_ERROR", { message: "Payment does not match the product's price" });
  }
  const { product, userId } = payload;
  const grant = product === "deep_dive" ? { deepDives: 1 } : { tier: product, days: DAYS[product] };
  return repos.billing.applyPayment({
    userId,
    telegramUserId: message.from.id,
    product,
    amount: paid.total_amount,
    chargeId: paid.telegram_payment_charge_id,
    grant,
  });
};

/** Refunds the Stars through Telegram, then reverts what the payment granted. */
export const refundPayment = async (repos: Repositories, telegram: BotApiConfig, chargeId: string) => {
  const payment = await repos.billing.findPayment(chargeId);
  if (!payment) throw new AppError("NOT_FOUND", { message: "Payment not found" });
  if (payment.status === "refunded") return { refunded: false };
  if (payment.telegramUserId === null)
    throw new AppError("CONFLICT", { message: "Payment has no Telegram payer" });
  await callBotApi<boolean>(telegram, "refundStarPayment", {
    user_id: payment.telegramUserId,
    telegram_payment_charge_id: chargeId,
  });
  return { refunded: (await repos.billing.refundPayment(chargeId)) !== undefined };
};
