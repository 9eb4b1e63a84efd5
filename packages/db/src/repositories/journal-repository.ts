import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { type FieldCipher, noEncryption } from "../crypto";
import { rowsOf } from "../rows";
import { inOrder, scoped } from "../scoped";

export type SimilarDreamRow = {
  id: string;
  text: string;
  main_symbol: string | null;
  similarity: number;
  created_at: Date;
};

export type JournalFacts = {
  total: number;
  dates: string[];
  today: string;
  favoriteSymbol: string | null;
  favoriteSymbolCount: number;
};

/** Read models over a user's journal: nearest dreams (pgvector) and the facts behind stats. */
export const createJournalRepository = (db: Db, cipher: FieldCipher = noEncryption) => ({
  similar: async (input: {
    userId: string;
    excludeDreamId: string;
    model: string;
    vector: number[];
    threshold: number;
    limit: number;
  }): Promise<SimilarDreamRow[]> => {
    const literal = `[${input.vector.join(",")}]`;
    const rows = rowsOf<SimilarDreamRow>(
      await scoped(db, input.userId, (tx) =>
        tx.execute(sql`
        select d.id, d.text, i.main_symbol, d.created_at,
               1 - (e.embedding <=> ${literal}::vector) as similarity
        from dream_embeddings e
        join dreams d on d.id = e.dream_id
        left join interpretations i on i.dream_id = d.id
        where e.user_id = ${input.userId} and e.model = ${input.model}
          and e.dream_id <> ${input.excludeDreamId} and d.deleted_at is null
        order by e.embedding <=> ${literal}::vector
        limit ${input.limit}`),
      ),
    );
    return rows
      .map((r) => ({
        ...r,
        text: cipher.decrypt(r.text, "dreams.text"),
        similarity: Number(r.similarity),
        created_at: new Date(r.created_at),
      }))
      .filter((r) => r.similarity >= input.threshold);
  },

  /** Symbols the user has dreamt of before and how often: grounding for "recurring" remarks. */
  symbolHistory: async (userId: string): Promise<{ slug: string; count: number }[]> =>
    rowsOf<{ slug: string; count: number }>(
      await scoped(db, userId, (tx) =>
        tx.execute(sql`
        select i.main_symbol_slug as slug, count(*)::int as count
        from interpretations i join dreams d on d.id = i.dream_id
        where d.user_id = ${userId} and d.deleted_at is null and i.main_symbol_slug is not null
        group by i.main_symbol_slug`),
      ),
    ),

  /** Everything stored about a user, as plain rows: the dreamer's own copy of their data. */
  exportAll: async (userId: string): Promise<Record<string, unknown[]>> => {
    const queries = {
      user: sql`select * from users where id = ${userId}`,
      dreams: sql`select id, text, language, source, status, error, created_at, updated_at, deleted_at
                  from dreams where user_id = ${userId} order by created_at`,
      interpretations: sql`select i.* from interpretations i join dreams d on d.id = i.dream_id
                           where d.user_id = ${userId}`,
      embeddings: sql`select dream_id, model, embedding::text as embedding, created_at
                      from dream_embeddings where user_id = ${userId}`,
      usage: sql`select day::text as day, count from daily_usage where user_id = ${userId} order by day`,
      subscriptions: sql`select * from subscriptions where user_id = ${userId}`,
      payments: sql`select id, product, amount, currency, status, created_at, refunded_at
                    from payments where user_id = ${userId}`,
      referrals: sql`select id, referrer_id, referred_id, created_at, rewarded_at from referrals
                     where referrer_id = ${userId} or referred_id = ${userId}`,
      sessions: sql`select id, created_at, expires_at, revoked_at from refresh_tokens where user_id = ${userId}`,
    };
    const data = await scoped(db, userId, async (tx) => {
      const out: Record<string, Record<string, unknown>[]> = {};
      // one after another: a transaction is a single connection
      for (const [name, query] of Object.entries(queries)) out[name] = rowsOf(await tx.execute(query));
      return out;
    });
    const open = (row: Record<string, unknown>, column: string, field: string) =>
      typeof row[field] === "string"
        ? { ...row, [field]: cipher.decrypt(row[field] as string, column) }
        : row;
    return {
      ...data,
      dreams: (data.dreams ?? []).map((d) => open(d, "dreams.text", "text")),
      interpretations: (data.interpretations ?? []).map((i) =>
        open(open(i, "interpretations.interpretation", "interpretation"), "interpretations.advice", "advice"),
      ),
    };
  },

  facts: async (userId: string): Promise<JournalFacts> => {
    const [dates, summary, favorite] = await scoped(db, userId, (tx) =>
      inOrder([
        tx.execute(sql`
        select distinct ((d.created_at at time zone u.timezone)::date)::text as day
        from dreams d join users u on u.id = d.user_id
        where d.user_id = ${userId} and d.deleted_at is null`),
        tx.execute(sql`
        select (select count(*)::int from dreams where user_id = u.id and deleted_at is null) as total,
               ((now() at time zone u.timezone)::date)::text as today
        from users u where u.id = ${userId}`),
        tx.execute(sql`
        select i.main_symbol as symbol, count(*)::int as count
        from interpretations i join dreams d on d.id = i.dream_id
        where d.user_id = ${userId} and d.deleted_at is null and i.main_symbol_slug is not null
        group by i.main_symbol order by count(*) desc, max(i.created_at) desc limit 1`),
      ]),
    );
    const head = rowsOf<{ total: number; today: string }>(summary)[0];
    const fav = rowsOf<{ symbol: string; count: number }>(favorite)[0];
    return {
      total: head?.total ?? 0,
      today: head?.today ?? new Date().toISOString().slice(0, 10),
      dates: rowsOf<{ day: string }>(dates).map((r) => r.day),
      favoriteSymbol: fav?.symbol ?? null,
      favoriteSymbolCount: fav?.count ?? 0,
    };
  },
});

export type JournalRepository = ReturnType<typeof createJournalRepository>;
