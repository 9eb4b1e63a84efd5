import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { guest, RU_DREAM, storageTargets, type TestApp } from "./helpers/build";
import {
  BOT_SECRET,
  buildTelegramApp,
  type FakeTelegram,
  nowSeconds,
  signedLogin,
} from "./helpers/fake-telegram";

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

describe.each(storageTargets())("payments, referrals and privacy on $name", ({ url }) => {
  let t: TestApp;
  let telegram: FakeTelegram;
  let close: () => Promise<void>;
  let nextTelegramId = 5000;
  beforeAll(async () => {
    ({ t, telegram, close } = await buildTelegramApp(url));
  });
  afterAll(() => close());
  beforeEach(() => {
    telegram.calls.length = 0;
  });

  const telegramUser = async () => {
    const id = nextTelegramId++;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/telegram",
      payload: signedLogin({ id: String(id), first_name: "Payer", auth_date: String(nowSeconds()) }),
    });
    const body = res.json();
    return {
      telegramId: id,
      userId: body.user.id as string,
      headers: { authorization: `Bearer ${body.tokens.access_token}` },
    };
  };
  const bot = { "x-bot-secret": BOT_SECRET };
  const current = async (headers: Record<string, string>) =>
    (await t.app.inject({ url: "/api/v1/subscriptions/current", headers })).json();
  const pay = (telegramId: number, payload: string, amount: number, chargeId: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/payments/telegram/successful",
      headers: bot,
      payload: {
        from: { id: telegramId },
        successful_payment: {
          currency: "XTR",
          total_amount: amount,
          invoice_payload: payload,
          telegram_payment_charge_id: chargeId,
        },
      },
    });

  it("creates a Stars invoice link; Pro monthly is a 30-day Stars subscription", async () => {
    const u = await telegramUser();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/invoice",
      headers: u.headers,
      payload: { product: "pro_monthly" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ product: "pro_monthly", amount: 250, currency: "XTR" });
    expect(res.json().invoice_link).toMatch(/^https:\/\/t\.me\/\$invoice/);
    const call = telegram.calls.find((c) => c.method === "createInvoiceLink");
    expect(call?.params).toMatchObject({
      currency: "XTR",
      subscription_period: 2_592_000,
      payload: `pro_monthly:${u.userId}`,
    });
    expect(call?.params.prices).toEqual([{ label: expect.any(String), amount: 250 }]);
    const yearly = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/invoice",
      headers: u.headers,
      payload: { product: "pro_yearly" },
    });
    expect(telegram.calls.at(-1)?.params.subscription_period).toBeUndefined();
    expect(yearly.json().amount).toBe(2150);
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/invoice",
      headers: u.headers,
      payload: { product: "lifetime" },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("answers pre-checkout: a wrong price is declined, the right one approved", async () => {
    const u = await telegramUser();
    const query = (total: number) => ({
      id: `q-${total}`,
      from: { id: u.telegramId },
      currency: "XTR",
      total_amount: total,
      invoice_payload: `pro_monthly:${u.userId}`,
    });
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/telegram/pre-checkout",
      headers: bot,
      payload: query(1),
    });
    expect(wrong.json()).toMatchObject({ ok: false });
    expect(telegram.calls.at(-1)).toMatchObject({
      method: "answerPreCheckoutQuery",
      params: { pre_checkout_query_id: "q-1", ok: false },
    });
    const right = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/telegram/pre-checkout",
      headers: bot,
      payload: query(250),
    });
    expect(right.json()).toEqual({ ok: true, error_message: null });
    expect(telegram.calls.at(-1)?.params).toMatchObject({ ok: true });
    const forged = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/telegram/pre-checkout",
      headers: bot,
      payload: { ...query(250), invoice_payload: "pro_monthly:not-a-user" },
    });
    expect(forged.json().ok).toBe(false);
    const noSecret = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/telegram/pre-checkout",
      payload: query(250),
    });
    expect(noSecret.statusCode).toBe(401);
  });

  it("activates Pro once for a payment delivered twice, and a refund reverts it", async () => {
    const u = await telegramUser();
    expect((await current(u.headers)).tier).toBe("trial");
    const first = await pay(u.telegramId, `pro_monthly:${u.userId}`, 250, `charge-${u.telegramId}`);
    expect(first.json()).toEqual({ applied: true });
    const sub = await current(u.headers);
    expect(sub).toMatchObject({
      tier: "pro_monthly",
      daily_limit: null,
      features: { tts_output: true, deep_analysis: true },
    });
    const days = (Date.parse(sub.pro_expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    const again = await pay(u.telegramId, `pro_monthly:${u.userId}`, 250, `charge-${u.telegramId}`);
    expect(again.json()).toEqual({ applied: false });
    expect((await current(u.headers)).pro_expires_at).toBe(sub.pro_expires_at);
    const wrongAmount = await pay(u.telegramId, `pro_monthly:${u.userId}`, 1, `charge-x-${u.telegramId}`);
    expect(wrongAmount.statusCode).toBe(400);

    const refund = await t.app.inject({
      method: "POST",
      url: "/api/v1/payments/telegram/refund",
      headers: bot,
      payload: { telegram_payment_charge_id: `charge-${u.telegramId}` },
    });
    expect(refund.json()).toEqual({ refunded: true });
    expect(telegram.calls.at(-1)).toMatchObject({
      method: "refundStarPayment",
      params: { user_id: u.telegramId, telegram_payment_charge_id: `charge-${u.telegramId}` },
    });
    expect((await current(u.headers)).tier).toBe("trial");
    const history = (await t.app.inject({ url: "/api/v1/payments", headers: u.headers })).json();
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ product: "pro_monthly", amount: 250, status: "refunded" });
  });

  it("gates the deep-dive: 403 for others, one reading per purchased credit, always for Pro", async () => {
    const u = await telegramUser();
    const id = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/dreams/interpret",
        headers: u.headers,
        payload: { text: RU_DREAM },
      })
    ).json().dream_id;
    const deepDive = () =>
      t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/deep-dive`, headers: u.headers });
    const denied = await deepDive();
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: "FEATURE_REQUIRES_PRO", details: { product: "deep_dive" } });
    await pay(u.telegramId, `deep_dive:${u.userId}`, 45, `dd-${u.telegramId}`);
    const bought = await deepDive();
    expect(bought.statusCode).toBe(200);
    expect(bought.json().sections.map((s: { id: string }) => s.id)).toContain("emotional_arc");
    expect((await deepDive()).statusCode).toBe(403);
    await pay(u.telegramId, `pro_yearly:${u.userId}`, 2150, `py-${u.telegramId}`);
    expect((await deepDive()).statusCode).toBe(200);
    expect((await deepDive()).statusCode).toBe(200);
    expect((await current(u.headers)).tier).toBe("pro_yearly");
  });

  it("rewards referrals once: trial days for the newcomer, Pro days for the referrer after the first dream", async () => {
    const referrer = await telegramUser();
    const code = (await t.app.inject({ url: "/api/v1/users/me", headers: referrer.headers })).json()
      .referral_code;
    const newcomer = await guest(t.app, { referral_code: `ref_${code}` });
    const newcomerSub = await current(newcomer.headers);
    expect(newcomerSub.tier).toBe("trial");
    expect((await current(referrer.headers)).tier).toBe("trial");
    await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: newcomer.headers,
      payload: { text: RU_DREAM },
    });
    const rewarded = await current(referrer.headers);
    expect(rewarded.tier).toBe("pro_monthly");
    await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: newcomer.headers,
      payload: { text: `${RU_DREAM} 2` },
    });
    expect((await current(referrer.headers)).pro_expires_at).toBe(rewarded.pro_expires_at);

    // an existing user signing in again with a code is not a referral
    const existing = await telegramUser();
    const before = rows<{ n: number }>(
      await t.app.database.db.execute(sql`select count(*)::int as n from referrals`),
    )[0]?.n;
    await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/telegram",
      payload: {
        ...signedLogin({ id: String(existing.telegramId), auth_date: String(nowSeconds()) }),
        referral_code: code,
      },
    });
    const after = rows<{ n: number }>(
      await t.app.database.db.execute(sql`select count(*)::int as n from referrals`),
    )[0]?.n;
    expect(after).toBe(before);
  });

  it("ignores self-referral", async () => {
    const self = await guest(t.app);
    const code = (await t.app.inject({ url: "/api/v1/users/me", headers: self.headers })).json()
      .referral_code;
    await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/telegram",
      headers: self.headers,
      payload: {
        ...signedLogin({ id: String(nextTelegramId++), auth_date: String(nowSeconds()) }),
        referral_code: code,
      },
    });
    const linked = rows<{ n: number }>(
      await t.app.database.db.execute(
        sql`select count(*)::int as n from referrals where referred_id = ${self.userId}`,
      ),
    );
    expect(linked[0]?.n).toBe(0);
  });

  it("exports everything a dream created, then erases the account leaving no content behind", async () => {
    const u = await telegramUser();
    const created = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/dreams/interpret",
        headers: u.headers,
        payload: { text: RU_DREAM },
      })
    ).json();
    await pay(u.telegramId, `deep_dive:${u.userId}`, 45, `exp-${u.telegramId}`);
    const exported = await t.app.inject({ url: "/api/v1/users/me/export", headers: u.headers });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-disposition"]).toContain("attachment");
    const data = exported.json().data;
    expect(data.user[0].id).toBe(u.userId);
    expect(data.dreams.map((d: { text: string }) => d.text)).toEqual([RU_DREAM]);
    expect(data.interpretations[0].id).toBe(created.interpretation.id);
    expect(data.embeddings[0]).toMatchObject({ dream_id: created.dream_id, model: expect.any(String) });
    expect(data.usage.length).toBe(1);
    expect(data.payments[0]).toMatchObject({ product: "deep_dive", amount: 45 });
    expect(data.sessions.length).toBeGreaterThan(0);

    const erased = await t.app.inject({ method: "DELETE", url: "/api/v1/users/me", headers: u.headers });
    expect(erased.statusCode).toBe(204);
    const count = async (query: ReturnType<typeof sql>) =>
      rows<{ n: number }>(await t.app.database.db.execute(query))[0]?.n;
    expect(await count(sql`select count(*)::int as n from users where id = ${u.userId}`)).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from dreams where user_id = ${u.userId} or id = ${created.dream_id}`,
      ),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from interpretations where dream_id = ${created.dream_id}`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from dream_embeddings where user_id = ${u.userId}`),
    ).toBe(0);
    expect(await count(sql`select count(*)::int as n from refresh_tokens where user_id = ${u.userId}`)).toBe(
      0,
    );
    expect(await count(sql`select count(*)::int as n from daily_usage where user_id = ${u.userId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from subscriptions where user_id = ${u.userId}`)).toBe(
      0,
    );
    expect(
      await count(
        sql`select count(*)::int as n from referrals where referrer_id = ${u.userId} or referred_id = ${u.userId}`,
      ),
    ).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from interpretation_audio a join interpretations i on i.id = a.interpretation_id where i.dream_id = ${created.dream_id}`,
      ),
    ).toBe(0);
    // the payment stays for bookkeeping, detached from the person and their dreams
    const kept = rows<{ user_id: string | null; amount: number }>(
      await t.app.database.db.execute(
        sql`select user_id, amount from payments where telegram_payment_charge_id = ${`exp-${u.telegramId}`}`,
      ),
    );
    expect(kept).toEqual([{ user_id: null, amount: 45 }]);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: u.headers })).statusCode).toBe(401);
  });
});
