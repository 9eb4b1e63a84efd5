import { loadTestTargets } from "@razgazdayson/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, guest, RU_DREAM, type TestApp } from "./helpers/build";

const { databaseUrl, redisUrl } = loadTestTargets();

// The production wiring: PostgreSQL + Redis together (in CI both are always present).
describe.runIf(Boolean(redisUrl))("production wiring: PostgreSQL and Redis", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ databaseUrl, redisUrl, env: { FREE_DAILY_LIMIT: "5" } });
  });
  afterAll(() => t.close());

  it("reports Redis in readiness and keeps the interpretation cache and limits there", async () => {
    const ready = (await t.app.inject({ url: "/health/ready" })).json();
    expect(ready.checks.cache).toEqual({ ok: true, kind: "redis" });
    expect(ready.checks.db.kind).toBe(databaseUrl ? "postgres" : "pglite");

    const a = await guest(t.app);
    const b = await guest(t.app);
    const text = `${RU_DREAM} ${Date.now()}`;
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: a.headers,
      payload: { text },
    });
    const second = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: b.headers,
      payload: { text },
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().interpretation.interpretation).toBe(first.json().interpretation.interpretation);
    expect(second.json().dream_id).not.toBe(first.json().dream_id);

    const redis = t.app.redis;
    if (!redis) throw new Error("redis expected");
    expect((await redis.keys("rzd:cache:interp:*")).length).toBeGreaterThan(0);
    expect((await redis.keys(`rzd:rl:interpret*${a.userId}`)).length).toBe(1);
  });
});
