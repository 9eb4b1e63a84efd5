import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories, type Database, type Db, type Repositories, scoped } from "../src";
import { openTestDatabase, sampleInterpretation, storageTargets } from "./helpers";

const targets = storageTargets();
const count = async (db: Db, table: string) =>
  (
    (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]?.n;

describe.each(targets)("row-level security on $name", ({ url }) => {
  let database: Database;
  let repos: Repositories;
  let close: () => Promise<void>;
  const ids = { a: "", b: "", dreamOfB: "" };

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(url));
    repos = createRepositories(database.db);
    for (const key of ["a", "b"] as const) {
      const user = await repos.users.create({ language: "ru", timezone: "UTC", isGuest: true });
      ids[key] = user.id;
      for (const text of [`сон ${key} один`, `сон ${key} два`]) {
        const p = await repos.dreams.createPending({
          userId: user.id,
          text,
          language: "ru",
          source: "text",
          dailyLimit: null,
        });
        if (!p.granted) throw new Error("denied");
        if (key === "b") ids.dreamOfB = p.dream.id;
        await repos.dreams.complete({
          dreamId: p.dream.id,
          userId: user.id,
          interpretation: sampleInterpretation(),
          embedding: { model: "m", vector: Array.from({ length: 384 }, (_, i) => (i === 0 ? 1 : 0)) },
        });
      }
    }
  });
  afterAll(() => close());

  it("returns nothing to the application role when no user is set", async () => {
    expect(await count(database.db, "dreams")).toBe(4);
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'rzd_app', true)`);
      const db = tx as unknown as Db;
      return [
        await count(db, "dreams"),
        await count(db, "interpretations"),
        await count(db, "dream_embeddings"),
      ];
    });
    expect(seen).toEqual([0, 0, 0]);
  });

  it("shows a user only their own rows, whatever the query asks for", async () => {
    const seen = await scoped(database.db, ids.a, async (db) => [
      await count(db, "dreams"),
      await count(db, "interpretations"),
      await count(db, "dream_embeddings"),
    ]);
    expect(seen).toEqual([2, 2, 2]);
    const other = await scoped(database.db, ids.a, (db) =>
      db.execute(sql`select id from dreams where id = ${ids.dreamOfB}`),
    );
    expect((other as unknown as { rows: unknown[] }).rows).toHaveLength(0);
  });

  it("refuses to write rows for another user", async () => {
    await expect(
      scoped(database.db, ids.a, (db) =>
        db.execute(sql`insert into dreams (user_id, text, language) values (${ids.b}, 'подделка', 'ru')`),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining("row-level security") } });
    const updated = await scoped(database.db, ids.a, (db) =>
      db.execute(sql`update dreams set text = 'взлом' where id = ${ids.dreamOfB} returning id`),
    );
    expect((updated as unknown as { rows: unknown[] }).rows).toHaveLength(0);
    expect((await repos.dreams.findOwned(ids.b, ids.dreamOfB))?.dream.text).toBe("сон b два");
  });
});
