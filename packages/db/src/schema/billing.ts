import { bigint, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";

export const subscriptions = pgTable("subscriptions", {
  id: id(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tier: text("tier", { enum: ["trial", "pro_monthly", "pro_yearly"] }).notNull(),
  status: text("status", { enum: ["active", "cancelled", "expired", "refunded"] })
    .notNull()
    .default("active"),
  startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

/** Payments outlive an erased account (detached: user_id set null) as bookkeeping requires. */
export const payments = pgTable("payments", {
  id: id(),
  userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
  product: text("product").notNull(),
  amount: integer("amount").notNull(),
  currency: text("currency").notNull().default("XTR"),
  telegramPaymentChargeId: text("telegram_payment_charge_id").unique(),
  status: text("status", { enum: ["paid", "refunded"] })
    .notNull()
    .default("paid"),
  /** Telegram user id of the payer, kept (detached from content) when an account is erased. */
  telegramUserId: bigint("telegram_user_id", { mode: "number" }),
  /** The subscription this payment opened or extended, and the days it added (reverted on refund). */
  subscriptionId: uuid("subscription_id"),
  days: integer("days").notNull().default(0),
  createdAt: createdAt(),
  refundedAt: timestamp("refunded_at", { withTimezone: true }),
});

export const referrals = pgTable("referrals", {
  id: id(),
  referrerId: uuid("referrer_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  referredId: uuid("referred_id")
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
  rewardedAt: timestamp("rewarded_at", { withTimezone: true }),
});
