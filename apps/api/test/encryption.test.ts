import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, EN_DREAM, guest, RU_DREAM, type TestApp } from "./helpers/build";

describe("the API with encryption at rest (DATA_ENCRYPTION_KEY)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({
      env: { DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"), FREE_DAILY_LIMIT: "10" },
    });
  });
  afterAll(() => t.close());

  it("keeps dream and interpretation text encrypted in the database and plain for the dreamer", async () => {
    const { headers, userId } = await guest(t.app);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: RU_DREAM },
    });
    expect(created.statusCode).toBe(201);
    await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: EN_DREAM },
    });
    const raw = (await t.app.database.db.execute(
      sql`select d.text, i.interpretation from dreams d join interpretations i on i.dream_id = d.id where d.user_id = ${userId}`,
    )) as unknown as { rows: { text: string; interpretation: string }[] };
    expect(raw.rows).toHaveLength(2);
    for (const row of raw.rows) {
      expect(row.text).toMatch(/^enc:v1:k1:/);
      expect(row.interpretation).toMatch(/^enc:v1:k1:/);
    }
    const dream = (await t.app.inject({ url: `/api/v1/dreams/${created.json().dream_id}`, headers })).json();
    expect(dream.text).toBe(RU_DREAM);
    expect(dream.interpretation.interpretation).toBe(created.json().interpretation.interpretation);
    const search = (
      await t.app.inject({ url: `/api/v1/dreams?search=${encodeURIComponent("змеи")}`, headers })
    ).json();
    expect(search.items.map((d: { text: string }) => d.text)).toEqual([RU_DREAM]);
    const en = (await t.app.inject({ url: "/api/v1/dreams?search=snakes", headers })).json();
    expect(en.items.map((d: { text: string }) => d.text)).toEqual([EN_DREAM]);
    const similar = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: `${EN_DREAM} Again.`, include_similar: true },
    });
    expect(similar.json().similar_dreams.map((s: { text: string }) => s.text)).toContain(EN_DREAM);
  });
});
