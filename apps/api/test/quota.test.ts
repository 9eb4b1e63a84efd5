import { createOfflineEngine, type InterpretationEngine } from "@razgazdayson/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, EN_DREAM, guest, RU_DREAM, storageTargets, type TestApp } from "./helpers/build";

describe.each(storageTargets())("daily quota on $name", ({ url }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ databaseUrl: url });
  });
  afterAll(() => t.close());

  it("allows one dream a day on the free tier, then 429 with the reset time", async () => {
    const { headers } = await guest(t.app, { timezone: "America/New_York" });
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: RU_DREAM },
    });
    expect(first.statusCode).toBe(201);
    expect(first.headers["x-daily-limit"]).toBe("1");
    expect(first.json().daily_limit_remaining).toBe(0);

    const second = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: EN_DREAM },
    });
    expect(second.statusCode).toBe(429);
    const body = second.json();
    expect(body.code).toBe("DAILY_LIMIT_EXCEEDED");
    const resetAt = new Date(body.details.reset_at);
    const hoursAhead = (resetAt.getTime() - Date.now()) / 3_600_000;
    expect(hoursAhead).toBeGreaterThan(0);
    expect(hoursAhead).toBeLessThanOrEqual(24);
    // the reset is midnight in New York, not in UTC
    const local = new Intl.DateTimeFormat("en-GB", {
      timeZone: "America/New_York",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(resetAt);
    expect(local).toBe("00:00");
    expect(Number(second.headers["retry-after"])).toBeGreaterThan(0);
    expect((await t.app.inject({ url: "/api/v1/dreams", headers })).json().total).toBe(1);
  });

  it("lets exactly one of two concurrent requests through at the quota edge", async () => {
    const { headers } = await guest(t.app);
    const results = await Promise.all(
      [RU_DREAM, EN_DREAM].map((text) =>
        t.app.inject({ method: "POST", url: "/api/v1/dreams/interpret", headers, payload: { text } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 429]);
    expect((await t.app.inject({ url: "/api/v1/dreams", headers })).json().total).toBe(1);
  });
});

describe.each(storageTargets())("engine failure on $name", ({ url }) => {
  let t: TestApp;
  let failing = true;
  const engine: InterpretationEngine = {
    ...createOfflineEngine(),
    name: "flaky",
    interpret: async () => {
      if (failing) throw new Error("provider exploded");
      const { interpretOffline } = await import("@razgazdayson/core");
      return interpretOffline({ text: RU_DREAM, language: "ru" });
    },
  };
  beforeAll(async () => {
    t = await buildTestApp({ databaseUrl: url, engine });
  });
  afterAll(() => t.close());

  it("keeps the dream as failed, refunds the quota, and lets it be interpreted later", async () => {
    const { headers } = await guest(t.app);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: RU_DREAM },
    });
    expect(res.statusCode).toBe(502);
    const body = res.json();
    expect(body.code).toBe("INTERPRETATION_FAILED");
    expect(body.message).not.toContain("exploded");
    const id = body.details.dream_id;
    const stored = await t.app.inject({ url: `/api/v1/dreams/${id}`, headers });
    expect(stored.json()).toMatchObject({ status: "failed", text: RU_DREAM, interpretation: null });

    failing = false;
    const retry = await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/interpret`, headers });
    expect(retry.statusCode).toBe(200);
    expect(retry.headers["x-used-today"]).toBe("1");
    expect((await t.app.inject({ url: `/api/v1/dreams/${id}`, headers })).json().status).toBe("done");
  });
});
