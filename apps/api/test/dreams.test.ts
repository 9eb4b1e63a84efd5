import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, EN_DREAM, guest, RU_DREAM, storageTargets, type TestApp } from "./helpers/build";

const interpret = (t: TestApp, headers: Record<string, string>, payload: unknown) =>
  t.app.inject({ method: "POST", url: "/api/v1/dreams/interpret", headers, payload: payload as object });

describe.each(storageTargets())("dreams on $name", ({ url }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ databaseUrl: url, env: { FREE_DAILY_LIMIT: "100" } });
  });
  afterAll(() => t.close());

  it("interprets a Russian dream in Russian and stores it", async () => {
    const { headers } = await guest(t.app);
    const res = await interpret(t, headers, { text: RU_DREAM });
    expect(res.statusCode).toBe(201);
    expect(res.headers["x-daily-limit"]).toBe("100");
    expect(res.headers["x-used-today"]).toBe("1");
    const body = res.json();
    expect(body.is_saved).toBe(true);
    expect(body.daily_limit_remaining).toBe(99);
    const i = body.interpretation;
    expect(i.dream_id).toBe(body.dream_id);
    expect(["Змея", "Вода", "Погоня", "Плавание"]).toContain(i.main_symbol);
    expect(i.interpretation).toMatch(/[а-я]/);
    expect(i.interpretation).not.toMatch(/\b(the|and)\b/);
    expect(i.symbols.map((s: { slug: string }) => s.slug)).toEqual(
      expect.arrayContaining(["snake", "water"]),
    );
    expect(i.emotions[0]).toMatchObject({ name: "страх" });
    expect(i.ai_model).toBe("offline-v1");
    expect(i.tags.length).toBeGreaterThan(0);

    const stored = await t.app.inject({ url: `/api/v1/dreams/${body.dream_id}`, headers });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ status: "done", language: "ru", source: "text", text: RU_DREAM });
    expect(stored.json().interpretation.id).toBe(i.id);
  });

  it("interprets an English dream in English", async () => {
    const { headers } = await guest(t.app);
    const res = await interpret(t, headers, { text: EN_DREAM });
    expect(res.statusCode).toBe(201);
    const i = res.json().interpretation;
    expect(["Snake", "Water", "Being chased", "Swimming"]).toContain(i.main_symbol);
    expect(i.interpretation).not.toMatch(/[а-я]/i);
    expect(i.emotions[0]).toMatchObject({ name: "fear" });
  });

  it("finds the user's own similar dreams across languages, never another user's", async () => {
    const a = await guest(t.app);
    const b = await guest(t.app);
    const first = await interpret(t, a.headers, { text: RU_DREAM });
    await interpret(t, b.headers, { text: EN_DREAM });
    await interpret(t, a.headers, {
      text: "Я был на шумной свадьбе в ресторане, все танцевали и смеялись, играла музыка.",
    });
    const res = await interpret(t, a.headers, { text: EN_DREAM, include_similar: true });
    expect(res.statusCode).toBe(201);
    const similar = res.json().similar_dreams;
    expect(similar.length).toBeGreaterThanOrEqual(1);
    expect(similar.length).toBeLessThanOrEqual(3);
    expect(similar[0].id).toBe(first.json().dream_id);
    expect(similar[0].similarity).toBeGreaterThan(0.5);
    expect(similar.map((s: { text: string }) => s.text)).not.toContain(EN_DREAM);
  });

  it("lists with pagination, full-text search in both languages and tag filter", async () => {
    const { headers } = await guest(t.app);
    await interpret(t, headers, { text: RU_DREAM });
    await interpret(t, headers, { text: EN_DREAM });
    await interpret(t, headers, {
      text: "Я летал над городом ночью, огни внизу казались звёздами, и было легко.",
    });

    const page = await t.app.inject({ url: "/api/v1/dreams?page=1&limit=2", headers });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ total: 3, page: 1, limit: 2, pages: 2 });
    expect(page.json().items).toHaveLength(2);
    const second = await t.app.inject({ url: "/api/v1/dreams?page=2&limit=2", headers });
    expect(second.json().items).toHaveLength(1);

    const ru = await t.app.inject({ url: `/api/v1/dreams?search=${encodeURIComponent("змеи")}`, headers });
    expect(ru.json().items.map((d: { text: string }) => d.text)).toEqual([RU_DREAM]);
    const en = await t.app.inject({ url: "/api/v1/dreams?search=snakes", headers });
    expect(en.json().items.map((d: { text: string }) => d.text)).toEqual([EN_DREAM]);
    const none = await t.app.inject({ url: "/api/v1/dreams?search=elephant", headers });
    expect(none.json().total).toBe(0);

    const tag = await t.app.inject({ url: `/api/v1/dreams?tag=${encodeURIComponent("змея")}`, headers });
    expect(tag.json().items.map((d: { text: string }) => d.text)).toEqual([RU_DREAM]);
  });

  it("edits text (pending again), re-interprets, soft-deletes, restores and erases", async () => {
    const { headers } = await guest(t.app);
    const id = (await interpret(t, headers, { text: RU_DREAM })).json().dream_id;

    const edited = await t.app.inject({
      method: "PUT",
      url: `/api/v1/dreams/${id}`,
      headers,
      payload: { text: "I was flying over a big city at night and felt completely free and happy." },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ status: "pending", language: "en", interpretation: null });

    const again = await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/interpret`, headers });
    expect(again.statusCode).toBe(200);
    expect(again.json().interpretation.main_symbol).toBe("Flying");
    const twice = await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/interpret`, headers });
    expect(twice.statusCode).toBe(409);

    const hidden = await t.app.inject({
      method: "PUT",
      url: `/api/v1/dreams/${id}`,
      headers,
      payload: { deleted: true },
    });
    expect(hidden.statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/dreams/${id}`, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/api/v1/dreams", headers })).json().total).toBe(0);

    const restored = await t.app.inject({
      method: "PUT",
      url: `/api/v1/dreams/${id}`,
      headers,
      payload: { deleted: false },
    });
    expect(restored.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/v1/dreams", headers })).json().total).toBe(1);

    const erased = await t.app.inject({ method: "DELETE", url: `/api/v1/dreams/${id}`, headers });
    expect(erased.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/dreams/${id}`, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/dreams/${id}`, headers })).statusCode).toBe(
      404,
    );
  });

  it("hides another user's dream behind 404 for read, edit, delete and re-interpret", async () => {
    const owner = await guest(t.app);
    const other = await guest(t.app);
    const id = (await interpret(t, owner.headers, { text: RU_DREAM })).json().dream_id;
    const h = other.headers;
    expect((await t.app.inject({ url: `/api/v1/dreams/${id}`, headers: h })).statusCode).toBe(404);
    const put = await t.app.inject({
      method: "PUT",
      url: `/api/v1/dreams/${id}`,
      headers: h,
      payload: { deleted: true },
    });
    expect(put.statusCode).toBe(404);
    expect(put.json().code).toBe("NOT_FOUND");
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/v1/dreams/${id}`, headers: h })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/interpret`, headers: h })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/dreams/${id}`, headers: owner.headers })).statusCode).toBe(
      200,
    );
  });

  it("computes stats: totals, streaks and favourite symbol", async () => {
    const { headers } = await guest(t.app, { timezone: "Asia/Tokyo" });
    const empty = await t.app.inject({ url: "/api/v1/users/stats", headers });
    expect(empty.json()).toEqual({
      total_dreams: 0,
      current_streak: 0,
      longest_streak: 0,
      last_dream_date: null,
      favorite_symbol: null,
      favorite_symbol_count: 0,
    });
    await interpret(t, headers, {
      text: "Мне приснилась змея в саду, она свернулась кольцом и смотрела на меня.",
    });
    await interpret(t, headers, {
      text: "Снова видел змею: она лежала на камне у дороги и грелась на солнце.",
    });
    const stats = (await t.app.inject({ url: "/api/v1/users/stats", headers })).json();
    const tokyoToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
    expect(stats).toMatchObject({
      total_dreams: 2,
      current_streak: 1,
      longest_streak: 1,
      last_dream_date: tokyoToday,
      favorite_symbol: "Змея",
      favorite_symbol_count: 2,
    });
  });

  it("rejects bad input with clear errors", async () => {
    const { headers } = await guest(t.app);
    const short = await interpret(t, headers, { text: "   короткий сон    " });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: "VALIDATION_ERROR", error: "Bad Request" });
    expect(short.json().message).toContain("at least 20");
    expect(short.json().details[0].field).toBe("body.text");

    const long = await interpret(t, headers, { text: "сон ".repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toContain("at most 4000");

    const missing = await interpret(t, headers, {});
    expect(missing.statusCode).toBe(400);
    const wrongType = await interpret(t, headers, { text: 42 });
    expect(wrongType.statusCode).toBe(400);
    const badLanguage = await interpret(t, headers, { text: RU_DREAM, language: "de" });
    expect(badLanguage.statusCode).toBe(400);

    const voice = await interpret(t, headers, { voice_data: "T2dnUwACAAAAAAAAAAA=" });
    expect(voice.statusCode).toBe(422);
    expect(voice.json().code).toBe("VOICE_UNAVAILABLE");

    expect((await t.app.inject({ url: "/api/v1/dreams/not-a-uuid", headers })).json()).toMatchObject({
      code: "VALIDATION_ERROR",
    });
    expect((await t.app.inject({ url: "/api/v1/dreams/not-a-uuid", headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/v1/dreams/${randomUUID()}`, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/api/v1/dreams?limit=101", headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/v1/dreams?page=0", headers })).statusCode).toBe(400);
    const emptyPut = await t.app.inject({
      method: "PUT",
      url: `/api/v1/dreams/${randomUUID()}`,
      headers,
      payload: {},
    });
    expect(emptyPut.statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/v1/dreams" })).statusCode).toBe(401);
  });

  it("stores hostile text as data and answers with a valid interpretation", async () => {
    const { headers } = await guest(t.app);
    const text = `<script>alert(1)</script> '); drop table dreams; -- мне снилась вода и огонь`;
    const res = await interpret(t, headers, { text });
    expect(res.statusCode).toBe(201);
    const stored = await t.app.inject({ url: `/api/v1/dreams/${res.json().dream_id}`, headers });
    expect(stored.json().text).toBe(text);
    expect(res.headers["content-type"]).toContain("application/json");
  });
});
