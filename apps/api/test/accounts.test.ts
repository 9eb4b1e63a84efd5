import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, guest, RU_DREAM, storageTargets, type TestApp } from "./helpers/build";
import {
  BOT_SECRET,
  buildTelegramApp,
  nowSeconds,
  signedInitData,
  signedLogin,
} from "./helpers/fake-telegram";

describe.each(storageTargets())("accounts and Telegram identity on $name", ({ url }) => {
  let t: TestApp;
  let close: () => Promise<void>;
  let nextId = 1000;
  beforeAll(async () => {
    ({ t, close } = await buildTelegramApp(url));
  });
  afterAll(() => close());
  const login = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "POST", url: "/api/v1/auth/telegram", headers, payload: fields });

  it("signs in with the Login Widget, starting a trial for a new user", async () => {
    const id = String(nextId++);
    const res = await login(
      signedLogin({ id, first_name: "Анна", username: "anna", auth_date: String(nowSeconds()) }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      is_new_user: true,
      user: { telegram_id: Number(id), is_guest: false, tier: "trial" },
    });
    expect(res.json().tokens).toMatchObject({ token_type: "bearer" });
    const again = await login(signedLogin({ id, first_name: "Анна", auth_date: String(nowSeconds()) }));
    expect(again.json()).toMatchObject({ is_new_user: false, user: { id: res.json().user.id } });
  });

  it("rejects a forged Login Widget hash and a stale auth_date", async () => {
    const fields = signedLogin({ id: String(nextId++), auth_date: String(nowSeconds()) });
    const forged = await login({ ...fields, hash: "a".repeat(64) });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({
      code: "UNAUTHORIZED",
      message: "Telegram signature does not match",
    });
    const otherBot = await login(
      signedLogin({ id: "5", auth_date: String(nowSeconds()) }, "999:another-bot-token-another-bot"),
    );
    expect(otherBot.statusCode).toBe(401);
    const stale = await login(
      signedLogin({ id: String(nextId++), auth_date: String(nowSeconds() - 2 * 86_400) }),
    );
    expect(stale.statusCode).toBe(401);
    expect(stale.json().message).toMatch(/too old/);
  });

  it("signs in from the Mini App with initData (language recorded); forged and expired are refused", async () => {
    const user = JSON.stringify({ id: nextId++, first_name: "John", language_code: "en" });
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/webapp",
      payload: { init_data: signedInitData({ user, auth_date: String(nowSeconds()), query_id: "AAE1" }) },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ language: "en", first_name: "John" });
    const tampered = signedInitData({ user, auth_date: String(nowSeconds()) }).replace("John", "Mallory");
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/auth/webapp", payload: { init_data: tampered } }))
        .statusCode,
    ).toBe(401);
    const expired = signedInitData({ user, auth_date: String(nowSeconds() - 3 * 86_400) });
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/auth/webapp", payload: { init_data: expired } }))
        .statusCode,
    ).toBe(401);
  });

  it("lets only the bot service sign in on behalf of a Telegram user", async () => {
    const payload = { telegram_id: nextId++, first_name: "Bot user", language_code: "ru" };
    const none = await t.app.inject({ method: "POST", url: "/api/v1/auth/bot", payload });
    expect(none.statusCode).toBe(401);
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/bot",
      payload,
      headers: { "x-bot-secret": "x".repeat(BOT_SECRET.length) },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/bot",
      payload,
      headers: { "x-bot-secret": BOT_SECRET },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.telegram_id).toBe(payload.telegram_id);
  });

  it("keeps a guest's journal when they link Telegram, and moves it to an existing account exactly once", async () => {
    const a = await guest(t.app);
    await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: a.headers,
      payload: { text: RU_DREAM },
    });
    const linked = await login(
      signedLogin({ id: String(nextId++), auth_date: String(nowSeconds()) }),
      a.headers,
    );
    expect(linked.json()).toMatchObject({ is_new_user: true, user: { id: a.userId, is_guest: false } });

    const existingId = String(nextId++);
    const existing = (await login(signedLogin({ id: existingId, auth_date: String(nowSeconds()) }))).json();
    const b = await guest(t.app);
    for (const text of [RU_DREAM, `${RU_DREAM} Второй.`]) {
      await t.app.inject({
        method: "POST",
        url: "/api/v1/dreams/interpret",
        headers: b.headers,
        payload: { text },
      });
    }
    const merged = await login(signedLogin({ id: existingId, auth_date: String(nowSeconds()) }), b.headers);
    expect(merged.json()).toMatchObject({ is_new_user: false, user: { id: existing.user.id } });
    const auth = { authorization: `Bearer ${merged.json().tokens.access_token}` };
    expect((await t.app.inject({ url: "/api/v1/dreams", headers: auth })).json().total).toBe(2);
    await login(signedLogin({ id: existingId, auth_date: String(nowSeconds()) }), b.headers);
    expect((await t.app.inject({ url: "/api/v1/dreams", headers: auth })).json().total).toBe(2);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: b.headers })).statusCode).toBe(401);
  });

  it("reads and changes settings with validation", async () => {
    const { headers } = await guest(t.app);
    const patch = (payload: object) =>
      t.app.inject({ method: "PATCH", url: "/api/v1/users/me", headers, payload });
    const ok = await patch({
      language: "en",
      timezone: "Asia/Tokyo",
      reminder_enabled: true,
      reminder_time: "07:30",
      offline_only: true,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      language: "en",
      timezone: "Asia/Tokyo",
      reminder_enabled: true,
      reminder_time: "07:30",
      offline_only: true,
    });
    expect((await patch({ timezone: "Europe/Atlantis" })).statusCode).toBe(400);
    expect((await patch({ reminder_time: "25:00" })).statusCode).toBe(400);
    expect((await patch({ tier: "pro_yearly" })).statusCode).toBe(400);
    expect((await patch({})).statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/v1/users/me", headers })).json().reminder_time).toBe("07:30");
  });

  it("counts the quota in each user's own calendar day, with the boundary at local midnight", async () => {
    const [east, west] = await Promise.all([
      guest(t.app, { timezone: "Pacific/Kiritimati" }),
      guest(t.app, { timezone: "Pacific/Pago_Pago" }),
    ]);
    const local = (tz: string) => new Intl.DateTimeFormat("en-CA", { timeZone: tz }).format(new Date());
    const day = async (userId: string) => {
      const grant = await t.app.repos.dreams.chargeRetry(userId, 5);
      if (!grant.granted) throw new Error("denied");
      return grant.day;
    };
    const [eastDay, westDay] = [await day(east.userId), await day(west.userId)];
    expect(eastDay).toBe(local("Pacific/Kiritimati"));
    expect(westDay).toBe(local("Pacific/Pago_Pago"));
    expect(eastDay).not.toBe(westDay);
    // yesterday's exhausted quota (local) does not limit today
    const { sql } = await import("drizzle-orm");
    await t.app.database.db.execute(
      sql`insert into daily_usage (user_id, day, count) values (${west.userId}, ${westDay}::date - 1, 99)`,
    );
    expect((await t.app.repos.dreams.chargeRetry(west.userId, 2)).granted).toBe(true);
    expect((await t.app.repos.dreams.chargeRetry(west.userId, 2)).granted).toBe(false);
  });

  it("sends security headers and allows only configured CORS origins", async () => {
    const res = await t.app.inject({ url: "/health/live", headers: { origin: "https://evil.example" } });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["strict-transport-security"]).toContain("max-age=31536000");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const allowed = await buildTestApp({ env: { CORS_ORIGINS: "https://razgazdayson.app" } });
    try {
      const ok = await allowed.app.inject({
        url: "/health/live",
        headers: { origin: "https://razgazdayson.app" },
      });
      expect(ok.headers["access-control-allow-origin"]).toBe("https://razgazdayson.app");
      const no = await allowed.app.inject({
        url: "/health/live",
        headers: { origin: "https://evil.example" },
      });
      expect(no.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await allowed.close();
    }
  });
});
