import {
  invoiceRequestSchema,
  invoiceResponseSchema,
  paymentListSchema,
  preCheckoutSchema,
  refundRequestSchema,
  subscriptionSchema,
  successfulPaymentSchema,
  TIER_FEATURES,
} from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { loadDreamer } from "../../services/interpret-dream";
import {
  applySuccessfulPayment,
  checkPreCheckout,
  createInvoice,
  refundPayment,
} from "../../services/payments";
import { callBotApi } from "../../services/telegram-bot-api";
import { tierOf } from "../../services/tier-of";
import { errorResponses } from "../shared-schemas";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Tiers and Telegram Stars: what the user has, invoices, and the bot's payment callbacks. */
export default async function paymentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearerAuth: [] }];
  const { prices, telegram } = app.config;

  r.get(
    "/subscriptions/current",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["payments"],
        summary: "The user's tier, its feature flags, daily limit and prices",
        security,
        response: { 200: subscriptionSchema, ...errorResponses(401, 429) },
      },
    },
    async (request) => {
      const { user, dailyLimit } = await loadDreamer(
        { repos: app.repos, quota: app.config.quota },
        request.userId,
      );
      const tier = tierOf(user);
      return {
        tier,
        features: TIER_FEATURES[tier],
        daily_limit: dailyLimit,
        trial_ends_at: iso(user.trialEndsAt),
        pro_expires_at: iso(user.proExpiresAt),
        deep_dive_credits: user.deepDiveCredits,
        prices: { currency: "XTR" as const, ...prices },
      };
    },
  );

  r.post(
    "/payments/invoice",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["payments"],
        summary: "A Telegram Stars invoice link for Pro (monthly subscription, yearly) or one deep-dive",
        security,
        body: invoiceRequestSchema,
        response: { 200: invoiceResponseSchema, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => createInvoice(telegram, prices, request.body.product, request.userId),
  );

  r.get(
    "/payments",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["payments"],
        summary: "Payment history",
        security,
        response: { 200: paymentListSchema, ...errorResponses(401, 429) },
      },
    },
    async (request) => ({
      items: (await app.repos.billing.listPayments(request.userId)).map((p) => ({
        id: p.id,
        product: p.product,
        amount: p.amount,
        currency: p.currency,
        status: p.status,
        created_at: p.createdAt.toISOString(),
        refunded_at: iso(p.refundedAt),
      })),
    }),
  );

  r.post(
    "/payments/telegram/pre-checkout",
    {
      onRequest: app.requireBotSecret,
      schema: {
        tags: ["payments"],
        summary: "Bot service: check a pre_checkout_query (payload and price) and answer it in Telegram",
        body: preCheckoutSchema,
        response: {
          200: z.object({ ok: z.boolean(), error_message: z.string().nullable() }),
          ...errorResponses(400, 401, 503),
        },
      },
    },
    async (request) => {
      const problem = await checkPreCheckout(app.repos, prices, request.body);
      await callBotApi<boolean>(telegram, "answerPreCheckoutQuery", {
        pre_checkout_query_id: request.body.id,
        ok: problem === undefined,
        ...(problem ? { error_message: problem } : {}),
      });
      return { ok: problem === undefined, error_message: problem ?? null };
    },
  );

  r.post(
    "/payments/telegram/successful",
    {
      onRequest: app.requireBotSecret,
      schema: {
        tags: ["payments"],
        summary: "Bot service: a successful_payment message; activates or extends Pro exactly once",
        body: successfulPaymentSchema,
        response: { 200: z.object({ applied: z.boolean() }), ...errorResponses(400, 401) },
      },
    },
    async (request) => applySuccessfulPayment(app.repos, prices, request.body),
  );

  r.post(
    "/payments/telegram/refund",
    {
      onRequest: app.requireBotSecret,
      schema: {
        tags: ["payments"],
        summary: "Bot service (support): refund Stars with refundStarPayment and revert what was granted",
        body: refundRequestSchema,
        response: { 200: z.object({ refunded: z.boolean() }), ...errorResponses(400, 401, 404, 409, 503) },
      },
    },
    async (request) => refundPayment(app.repos, telegram, request.body.telegram_payment_charge_id),
  );
}
