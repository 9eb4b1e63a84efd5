import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, guest, type TestApp } from "./helpers/build";

describe("symbol catalogue API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { FREE_DAILY_LIMIT: "20" } });
  });
  afterAll(() => t.close());

  it("lists the catalogue with total and pagination, without signing in", async () => {
    const res = await t.app.inject({ url: "/api/v1/symbols?limit=10&page=2" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(60);
    expect(body.items).toHaveLength(10);
    expect(body).toMatchObject({ page: 2, limit: 10, pages: Math.ceil(body.total / 10) });
    expect(body.items[0]).toEqual({
      slug: expect.any(String),
      category: expect.any(String),
      emoji: expect.any(String),
      name: expect.stringMatching(/[а-яё]/i),
      summary: expect.any(String),
    });
  });

  it("searches by any word form in Russian and English, and by category", async () => {
    const ru = (await t.app.inject({ url: `/api/v1/symbols?search=${encodeURIComponent("змеями")}` })).json();
    expect(ru.items[0].slug).toBe("snake");
    const en = (await t.app.inject({ url: "/api/v1/symbols?search=snakes&language=en" })).json();
    expect(en.items[0]).toMatchObject({ slug: "snake", name: "Snake" });
    const prefix = (
      await t.app.inject({ url: `/api/v1/symbols?search=${encodeURIComponent("зуб")}` })
    ).json();
    expect(prefix.items.map((s: { slug: string }) => s.slug)).toContain("teeth");
    const animals = (await t.app.inject({ url: "/api/v1/symbols?category=animals&limit=100" })).json();
    expect(animals.total).toBeGreaterThan(5);
    expect(animals.items.every((s: { category: string }) => s.category === "animals")).toBe(true);
    const none = (await t.app.inject({ url: "/api/v1/symbols?search=qwertyuiop" })).json();
    expect(none).toMatchObject({ total: 0, items: [] });
    const empty = await t.app.inject({ url: "/api/v1/symbols?search=" });
    expect(empty.statusCode).toBe(200);
    expect(empty.json().total).toBe((await t.app.inject({ url: "/api/v1/symbols" })).json().total);
  });

  it("returns one symbol in the chosen language with related symbols", async () => {
    const res = await t.app.inject({ url: "/api/v1/symbols/water?language=en" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ slug: "water", name: "Water", name_other: "Вода", language: "en" });
    expect(body.meaning).not.toMatch(/[а-я]/i);
    expect(body.related.length).toBeGreaterThan(0);
    expect(body.related[0]).toEqual({
      slug: expect.any(String),
      name: expect.any(String),
      emoji: expect.any(String),
    });
  });

  it("answers unknown and malformed slugs and bad filters in the error shape", async () => {
    const unknown = await t.app.inject({ url: "/api/v1/symbols/unicorn-dragon" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: "NOT_FOUND",
      message: "Unknown dream symbol: unicorn-dragon",
    });
    const malformed = await t.app.inject({ url: `/api/v1/symbols/${encodeURIComponent("<script>")}` });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain("<script>");
    expect((await t.app.inject({ url: "/api/v1/symbols?category=robots" })).statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/v1/symbols?language=de" })).statusCode).toBe(400);
  });

  it("interprets through the chosen lens and handles hostile and odd dreams", async () => {
    const { headers } = await guest(t.app);
    const send = (payload: object) =>
      t.app.inject({ method: "POST", url: "/api/v1/dreams/interpret", headers, payload });
    const folk = await send({ text: "Мне снилась большая змея в саду, и было страшно.", lens: "folk" });
    expect(folk.statusCode).toBe(201);
    expect(folk.json().interpretation.interpretation).toMatch(/сонник|традици/i);
    expect(
      (await send({ text: "Мне снилась большая змея в саду, и было страшно.", lens: "tarot" })).statusCode,
    ).toBe(400);

    // characters are counted as code points: 14 emoji are a short dream, 24 are long enough
    const shortEmoji = await send({ text: "🌙🐍🌊🌙🐍🌊🌙🐍🌊🌙🐍🌊🌙🐍" });
    expect(shortEmoji.statusCode).toBe(400);
    expect(shortEmoji.json().message).toContain("at least 20");
    const emoji = await send({ text: "🌙🐍🌊".repeat(8) });
    expect(emoji.statusCode).toBe(201);
    const repeated = await send({ text: "вода ".repeat(800).trim() });
    expect(repeated.statusCode).toBe(201);
    expect(repeated.json().interpretation.main_symbol).toBe("Вода");
    const mixed = await send({ text: "Мне снился big black dog и кошка в доме, it was scary" });
    expect(mixed.statusCode).toBe(201);
    const html = await send({ text: "<b>мне снилась</b> <script>alert(1)</script> вода и огонь в доме" });
    expect(html.statusCode).toBe(201);
    expect(html.json().interpretation.interpretation).not.toContain("<script>");
  });
});
