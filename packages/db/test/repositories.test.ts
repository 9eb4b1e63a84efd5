import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories, type Database, type Repositories } from "../src";
import { openTestDatabase, rows, sampleInterpretation, storageTargets } from "./helpers";

const targets = storageTargets();

const vec = (hot: number[]) => Array.from({ length: 384 }, (_, i) => (hot.includes(i) ? 1 : 0));

describe.each(targets)("storage contract: $name", ({ url }) => {
  let database: Database;
  let repos: Repositories;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(url));
    repos = createRepositories(database.db);
  });
  afterAll(() => close());

  it("applies migrations idempotently with pgvector, HNSW and GIN indexes", async () => {
    await database.migrate();
    const indexes = rows<{ indexname: string; indexdef: string }>(
      await database.db.execute(sql`select indexname, indexdef from pg_indexes where schemaname = 'public'`),
    );
    const byName = new Map(indexes.map((i) => [i.indexname, i.indexdef]));
    expect(byName.get("dream_embeddings_hnsw_idx")).toMatch(/hnsw.*vector_cosine_ops/);
    expect(byName.get("dreams_search_idx")).toMatch(/gin/i);
    expect(byName.get("interpretations_tags_idx")).toMatch(/gin/i);
    expect(await database.ping()).toBe(true);
  });

  it("stores a dream before interpretation and completes it with interpretation and embedding", async () => {
    const user = await repos.users.create({ language: "ru", timezone: "UTC", isGuest: true });
    const pending = await repos.dreams.createPending({
      userId: user.id,
      text: "Мне снились змеи в тёмной воде",
      language: "ru",
      source: "text",
      dailyLimit: null,
    });
    if (!pending.granted) throw new Error("quota denied");
    expect(pending.dream.status).toBe("pending");
    await repos.dreams.complete({
      dreamId: pending.dream.id,
      userId: user.id,
      interpretation: {
        mainSymbol: "Змея",
        mainSymbolSlug: "snake",
        mainSymbolEmoji: "🐍",
        interpretation: "…",
        emotions: [{ name: "страх", intensity: "high", meaning: "…" }],
        symbols: [],
        advice: "…",
        tags: ["змея", "вода"],
        engine: "offline",
        aiModel: "offline-v1",
        promptVersion: "v1",
        processingTimeMs: 3,
      },
      embedding: { model: "m", vector: vec([1, 2, 3]) },
    });
    const found = await repos.dreams.findOwned(user.id, pending.dream.id);
    expect(found?.dream.status).toBe("done");
    expect(found?.interpretation?.tags).toEqual(["змея", "вода"]);
    expect(found?.interpretation?.emotions[0]?.intensity).toBe("high");

    const search = await repos.dreams.list({ userId: user.id, page: 1, limit: 10, search: "змея" });
    expect(search.total).toBe(1);
    const tagged = await repos.dreams.list({ userId: user.id, page: 1, limit: 10, tag: "вода" });
    expect(tagged.total).toBe(1);
  });

  it("finds nearest dreams by cosine, only the user's own and of the same model", async () => {
    const user = await repos.users.create({ language: "en", timezone: "UTC", isGuest: true });
    const other = await repos.users.create({ language: "en", timezone: "UTC", isGuest: true });
    const add = async (userId: string, hot: number[], model = "m") => {
      const p = await repos.dreams.createPending({
        userId,
        text: `dream ${hot}`,
        language: "en",
        source: "text",
        dailyLimit: null,
      });
      if (!p.granted) throw new Error("denied");
      await repos.dreams.complete({
        dreamId: p.dream.id,
        userId,
        interpretation: sampleInterpretation({ mainSymbol: "X", aiModel: "a" }),
        embedding: { model, vector: vec(hot) },
      });
      return p.dream.id;
    };
    const close = await add(user.id, [1, 2, 3, 4]);
    const far = await add(user.id, [100, 200]);
    await add(other.id, [1, 2, 3]);
    await add(user.id, [1, 2, 3], "another-model");
    const probe = await add(user.id, [1, 2, 3]);
    const similar = await repos.journal.similar({
      userId: user.id,
      excludeDreamId: probe,
      model: "m",
      vector: vec([1, 2, 3]),
      threshold: 0.5,
      limit: 3,
    });
    expect(similar.map((s) => s.id)).toEqual([close]);
    expect(similar[0]?.similarity).toBeCloseTo(3 / Math.sqrt(12), 5);
    expect(similar.map((s) => s.id)).not.toContain(far);
  });

  it("charges the daily quota race-free: of ten parallel requests exactly three pass", async () => {
    const user = await repos.users.create({ language: "ru", timezone: "Europe/Moscow", isGuest: true });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        repos.dreams.createPending({
          userId: user.id,
          text: `сон номер ${i}`,
          language: "ru",
          source: "text",
          dailyLimit: 3,
        }),
      ),
    );
    expect(results.filter((r) => r.granted)).toHaveLength(3);
    expect(await repos.dreams.usedToday(user.id)).toBe(3);
    const listed = await repos.dreams.list({ userId: user.id, page: 1, limit: 100 });
    expect(listed.total).toBe(3);
    const granted = results.find((r) => r.granted);
    if (granted?.granted) await repos.dreams.refund(user.id, granted.quotaDay);
    expect(await repos.dreams.usedToday(user.id)).toBe(2);
  });

  it("counts the quota in the user's own calendar day", async () => {
    const tokyo = await repos.users.create({ language: "ru", timezone: "Asia/Tokyo", isGuest: true });
    const grant = await repos.dreams.chargeRetry(tokyo.id, 1);
    if (!grant.granted) throw new Error("denied");
    const expected = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
    expect(grant.day).toBe(expected);
    const denied = await repos.dreams.chargeRetry(tokyo.id, 1);
    expect(denied.granted).toBe(false);
    if (!denied.granted) {
      const local = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Asia/Tokyo",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
      expect(local.format(denied.resetAt)).toBe("00:00");
    }
    const zero = await repos.users.create({ language: "ru", timezone: "UTC", isGuest: true });
    expect((await repos.dreams.chargeRetry(zero.id, 0)).granted).toBe(false);
  });
});
