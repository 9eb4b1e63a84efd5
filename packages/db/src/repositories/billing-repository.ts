import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rowsOf } from "../rows";
import { payments, referrals, subscriptions, users } from "../schema";

export type PaymentRow = typeof payments.$inferSelect;
export type ProTier = "pro_monthly" | "pro_yearly";

/** Subscriptions, Telegram Stars payments and referrals. */
export const createBillingRepository = (db: Db) => ({
  /**
   * Records a successful payment and applies it exactly once: the unique Telegram charge id
   * makes a repeated delivery a no-op. Pro purchases extend the current subscription.
   */
  applyPayment: async (input: {
    userId: string;
    telegramUserId: number | null;
    product: string;
    amount: number;
    chargeId: string;
    grant: { tier: ProTier; days: number } | { deepDives: number };
  }): Promise<{ applied: boolean }> =>
    db.transaction(async (tx) => {
      const [payment] = await tx
        .insert(payments)
        .values({
          userId: input.userId,
          telegramUserId: input.telegramUserId,
          product: input.product,
          amount: input.amount,
          telegramPaymentChargeId: input.chargeId,
        })
        .onConflictDoNothing({ target: payments.telegramPaymentChargeId })
        .returning({ id: payments.id });
      if (!payment) return { applied: false };
      if ("deepDives" in input.grant) {
        await tx
          .update(users)
          .set({ deepDiveCredits: sql`${users.deepDiveCredits} + ${input.grant.deepDives}` })
          .where(eq(users.id, input.userId));
        return { applied: true };
      }
      const subscriptionId = await extend(
        tx as unknown as Db,
        input.userId,
        input.grant.tier,
        input.grant.days,
      );
      await tx
        .update(payments)
        .set({ subscriptionId, days: input.grant.days })
        .where(eq(payments.id, payment.id));
      return { applied: true };
    }),

  /** Reverts a refunded payment once: its days come off the subscription (or its deep-dives). */
  refundPayment: async (chargeId: string): Promise<PaymentRow | undefined> =>
    db.transaction(async (tx) => {
      const [payment] = await tx
        .update(payments)
        .set({ status: "refunded", refundedAt: sql`now()` })
        .where(and(eq(payments.telegramPaymentChargeId, chargeId), eq(payments.status, "paid")))
        .returning();
      if (!payment) return undefined;
      if (payment.subscriptionId && payment.days > 0) {
        await tx
          .update(subscriptions)
          .set({ expiresAt: sql`${subscriptions.expiresAt} - make_interval(days => ${payment.days})` })
          .where(eq(subscriptions.id, payment.subscriptionId));
        await tx
          .update(subscriptions)
          .set({ status: "refunded" })
          .where(and(eq(subscriptions.id, payment.subscriptionId), sql`${subscriptions.expiresAt} <= now()`));
      } else if (payment.userId && payment.product === "deep_dive") {
        await tx
          .update(users)
          .set({ deepDiveCredits: sql`greatest(${users.deepDiveCredits} - 1, 0)` })
          .where(eq(users.id, payment.userId));
      }
      return payment;
    }),

  findPayment: async (chargeId: string): Promise<PaymentRow | undefined> => {
    const [row] = await db
      .select()
      .from(payments)
      .where(eq(payments.telegramPaymentChargeId, chargeId))
      .limit(1);
    return row;
  },

  listPayments: async (userId: string): Promise<PaymentRow[]> =>
    db.select().from(payments).where(eq(payments.userId, userId)).orderBy(desc(payments.createdAt)),

  /** Adds pro days (referral rewards) the same way a payment does. */
  grantProDays: async (userId: string, tier: ProTier, days: number): Promise<void> => {
    await extend(db, userId, tier, days);
  },

  /** Links a newcomer to a referrer once (unique per newcomer); never to themselves. */
  linkReferral: async (referrerId: string, referredId: string): Promise<boolean> => {
    if (referrerId === referredId) return false;
    const rows = await db
      .insert(referrals)
      .values({ referrerId, referredId })
      .onConflictDoNothing({ target: referrals.referredId })
      .returning({ id: referrals.id });
    return rows.length > 0;
  },

  /** Marks the newcomer's referral rewarded, exactly once; returns the referrer to reward. */
  claimReferralReward: async (referredId: string): Promise<string | undefined> => {
    const [row] = await db
      .update(referrals)
      .set({ rewardedAt: sql`now()` })
      .where(and(eq(referrals.referredId, referredId), sql`${referrals.rewardedAt} is null`))
      .returning({ referrerId: referrals.referrerId });
    return row?.referrerId;
  },
});

/** Extends the user's active subscription of this tier, or opens one; returns its id. */
const extend = async (db: Db, userId: string, tier: ProTier, days: number): Promise<string> => {
  const current = rowsOf<{ id: string }>(
    await db.execute(sql`
      update subscriptions set expires_at = greatest(expires_at, now()) + make_interval(days => ${days})
      where id = (select id from subscriptions where user_id = ${userId} and tier = ${tier}
                  and status = 'active' and expires_at > now() order by expires_at desc limit 1)
      returning id`),
  )[0];
  if (current) return current.id;
  const [created] = await db
    .insert(subscriptions)
    .values({ userId, tier, expiresAt: sql`now() + make_interval(days => ${days})` })
    .returning({ id: subscriptions.id });
  if (!created) throw new Error("insert into subscriptions returned no row");
  return created.id;
};

export type BillingRepository = ReturnType<typeof createBillingRepository>;
