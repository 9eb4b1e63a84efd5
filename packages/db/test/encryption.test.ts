import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFieldCipher, createRepositories, type Database, DecryptionError, reencryptAll } from "../src";
import { openTestDatabase, rows, storageTargets } from "./helpers";

const targets = storageTargets();
const k1 = { id: "k1", key: randomBytes(32) };
const k2 = { id: "k2", key: randomBytes(32) };
const TEXT = "Мне снилась змея в тёмной воде, и было страшно";

describe("field cipher", () => {
  it("round-trips, binds the column, refuses tampering and unknown keys", () => {
    const cipher = createFieldCipher([k1]);
    const stored = cipher.encrypt(TEXT, "dreams.text");
    expect(stored).toMatch(/^enc:v1:k1:/);
    expect(stored).not.toContain("змея");
    expect(cipher.encrypt(TEXT, "dreams.text")).not.toBe(stored);
    expect(cipher.decrypt(stored, "dreams.text")).toBe(TEXT);
    expect(() => cipher.decrypt(stored, "interpretations.advice")).toThrow(DecryptionError);
    const tampered = `${stored.slice(0, -4)}AAAA`;
    expect(() => cipher.decrypt(tampered, "dreams.text")).toThrow(DecryptionError);
    expect(() => createFieldCipher([k2]).decrypt(stored, "dreams.text")).toThrow(/no key "k1"/);
    expect(cipher.decrypt("plain text", "dreams.text")).toBe("plain text");
  });
});

describe.each(targets)("encryption at rest on $name", ({ url }) => {
  let database: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(url));
  });
  afterAll(() => close());

  it("stores ciphertext, reads plaintext, searches in the app, and rotates keys", async () => {
    const plainRepos = createRepositories(database.db);
    const user = await plainRepos.users.create({ language: "ru", timezone: "UTC", isGuest: true });
    // a dream written before encryption was switched on
    const before = await plainRepos.dreams.createPending({
      userId: user.id,
      text: "Старый сон про летающий дом",
      language: "ru",
      source: "text",
      dailyLimit: null,
    });
    const matchesText = (q: string, t: string) => t.toLowerCase().includes(q.toLowerCase());
    const repos = createRepositories(database.db, { cipher: createFieldCipher([k1]), matchesText });
    const pending = await repos.dreams.createPending({
      userId: user.id,
      text: TEXT,
      language: "ru",
      source: "text",
      dailyLimit: null,
    });
    if (!pending.granted || !before.granted) throw new Error("denied");
    expect(pending.dream.text).toBe(TEXT);
    const row = await repos.dreams.complete({
      dreamId: pending.dream.id,
      userId: user.id,
      interpretation: {
        mainSymbol: "Змея",
        mainSymbolSlug: "snake",
        mainSymbolEmoji: "🐍",
        interpretation: "Змея отражает тревогу",
        emotions: [],
        symbols: [],
        advice: "Побудьте с этим чувством",
        engine: "offline",
        aiModel: "offline-v1",
        promptVersion: "v",
        processingTimeMs: 1,
      },
      embedding: null,
    });
    expect(row.interpretation).toBe("Змея отражает тревогу");

    const raw = rows<{ text: string; search: string }>(
      await database.db.execute(
        sql`select text, search::text as search from dreams where id = ${pending.dream.id}`,
      ),
    )[0];
    expect(raw?.text).toMatch(/^enc:v1:k1:/);
    expect(raw?.search).toBe("");
    const rawInterp = rows<{ interpretation: string; advice: string }>(
      await database.db.execute(sql`select interpretation, advice from interpretations where id = ${row.id}`),
    )[0];
    expect(rawInterp?.interpretation).toMatch(/^enc:v1:k1:/);
    expect(rawInterp?.advice).toMatch(/^enc:v1:k1:/);

    const found = await repos.dreams.findOwned(user.id, pending.dream.id);
    expect(found?.dream.text).toBe(TEXT);
    expect(found?.interpretation?.advice).toBe("Побудьте с этим чувством");
    const search = await repos.dreams.list({ userId: user.id, page: 1, limit: 10, search: "змея" });
    expect(search.items.map((d) => d.dream.text)).toEqual([TEXT]);
    expect((await repos.dreams.list({ userId: user.id, page: 1, limit: 10, search: "дом" })).total).toBe(1);
    const exported = await repos.journal.exportAll(user.id);
    expect(exported.dreams?.map((d) => (d as { text: string }).text).sort()).toEqual(
      [TEXT, "Старый сон про летающий дом"].sort(),
    );

    // rotation: k2 becomes current, k1 stays readable until the command has run
    const rotated = createFieldCipher([k2, k1]);
    const counts = await reencryptAll(database.db, rotated);
    expect(counts).toEqual({ dreams: 2, interpretations: 1 });
    const texts = rows<{ text: string }>(
      await database.db.execute(sql`select text from dreams where user_id = ${user.id}`),
    );
    expect(texts.every((t) => t.text.startsWith("enc:v1:k2:"))).toBe(true);
    expect(await reencryptAll(database.db, rotated)).toEqual({ dreams: 0, interpretations: 0 });
    const afterRotation = createRepositories(database.db, { cipher: createFieldCipher([k2]) });
    expect((await afterRotation.dreams.findOwned(user.id, pending.dream.id))?.dream.text).toBe(TEXT);
  });
});
