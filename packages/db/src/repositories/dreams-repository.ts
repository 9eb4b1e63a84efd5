import { and, arrayContains, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type FieldCipher, noEncryption } from "../crypto";
import { dreamEmbeddings, dreams, interpretations } from "../schema";
import { inOrder, scoped } from "../scoped";
import { createQuotaRepository, type QuotaDenial } from "./quota-repository";

export type DreamRow = typeof dreams.$inferSelect;
export type InterpretationRow = typeof interpretations.$inferSelect;
export type NewInterpretation = Omit<typeof interpretations.$inferInsert, "dreamId" | "id" | "createdAt">;
export type DreamWithInterpretation = { dream: DreamRow; interpretation: InterpretationRow | null };

export type CreatePendingInput = {
  userId: string;
  text: string;
  language: string;
  source: "text" | "voice";
  /** Daily quota for the user's tier; null means unlimited. */
  dailyLimit: number | null;
};

export type PendingDream = { granted: true; dream: DreamRow; usedToday: number; quotaDay: string };

export type ListDreamsInput = { userId: string; page: number; limit: number; search?: string; tag?: string };

const dreamColumns = {
  id: dreams.id,
  userId: dreams.userId,
  text: dreams.text,
  language: dreams.language,
  source: dreams.source,
  status: dreams.status,
  error: dreams.error,
  createdAt: dreams.createdAt,
  updatedAt: dreams.updatedAt,
  deletedAt: dreams.deletedAt,
};

const matchesSearch = (query: string): SQL =>
  sql`${dreams.search} @@ (websearch_to_tsquery('russian', ${query}) || websearch_to_tsquery('english', ${query}))`;

export type StorageOptions = {
  /** Encryption at rest of dream and interpretation text (pass-through without keys). */
  cipher?: FieldCipher;
  /** Full-text match done in the app when the text is encrypted (the index sees no words). */
  matchesText?: (query: string, text: string) => boolean;
};

export const createDreamsRepository = (db: Db, options: StorageOptions = {}) => {
  const quota = createQuotaRepository(db);
  const cipher = options.cipher ?? noEncryption;
  const openInterpretation = (row: InterpretationRow): InterpretationRow => ({
    ...row,
    interpretation: cipher.decrypt(row.interpretation, "interpretations.interpretation"),
    advice: cipher.decrypt(row.advice, "interpretations.advice"),
  });
  const open = (row: DreamWithInterpretation): DreamWithInterpretation => ({
    dream: { ...row.dream, text: cipher.decrypt(row.dream.text, "dreams.text") },
    interpretation: row.interpretation ? openInterpretation(row.interpretation) : null,
  });
  /** With encryption on, search runs over the decrypted journal in the app. */
  const searchInApp = async (userId: string, query: string): Promise<string[]> => {
    const rows = await scoped(db, userId, (tx) =>
      tx
        .select({ id: dreams.id, text: dreams.text })
        .from(dreams)
        .where(and(eq(dreams.userId, userId), isNull(dreams.deletedAt))),
    );
    const matches =
      options.matchesText ?? ((q: string, t: string) => t.toLowerCase().includes(q.toLowerCase()));
    return rows.filter((r) => matches(query, cipher.decrypt(r.text, "dreams.text"))).map((r) => r.id);
  };

  const findOwned = async (userId: string, id: string, includeDeleted = false) => {
    const rows = await scoped(db, userId, (tx) =>
      tx
        .select({ dream: dreamColumns, interpretation: interpretations })
        .from(dreams)
        .leftJoin(interpretations, eq(interpretations.dreamId, dreams.id))
        .where(
          and(
            eq(dreams.id, id),
            eq(dreams.userId, userId),
            includeDeleted ? undefined : isNull(dreams.deletedAt),
          ),
        )
        .limit(1),
    );
    const row = rows[0] as DreamWithInterpretation | undefined;
    return row ? open(row) : undefined;
  };

  return {
    /**
     * Charges the quota and stores the dream as `pending` in one transaction, before any
     * engine runs, so that a failing engine can never lose the dream.
     */
    createPending: async (input: CreatePendingInput): Promise<PendingDream | QuotaDenial> =>
      scoped(db, input.userId, async (tx) => {
        const grant = await quota.consume(input.userId, input.dailyLimit, tx);
        if (!grant.granted) return grant;
        const [dream] = await tx
          .insert(dreams)
          .values({
            userId: input.userId,
            text: cipher.encrypt(input.text, "dreams.text"),
            language: input.language,
            source: input.source,
          })
          .returning(dreamColumns);
        if (!dream) throw new Error("insert into dreams returned no row");
        return {
          granted: true as const,
          dream: { ...(dream as DreamRow), text: input.text },
          usedToday: grant.used,
          quotaDay: grant.day,
        };
      }),

    /** Charges the quota to interpret an existing (edited or failed) dream again. */
    chargeRetry: async (userId: string, dailyLimit: number | null) => quota.consume(userId, dailyLimit),

    refund: quota.refund,
    usedToday: quota.usedToday,

    /** Stores the interpretation and embedding and marks the dream done, atomically. */
    complete: async (input: {
      dreamId: string;
      userId: string;
      interpretation: NewInterpretation;
      embedding: { model: string; vector: number[] } | null;
    }): Promise<InterpretationRow> =>
      scoped(db, input.userId, async (tx) => {
        await tx.delete(interpretations).where(eq(interpretations.dreamId, input.dreamId));
        const [row] = await tx
          .insert(interpretations)
          .values({
            ...input.interpretation,
            interpretation: cipher.encrypt(
              input.interpretation.interpretation,
              "interpretations.interpretation",
            ),
            advice: cipher.encrypt(input.interpretation.advice, "interpretations.advice"),
            dreamId: input.dreamId,
          })
          .returning();
        if (input.embedding) {
          const values = {
            dreamId: input.dreamId,
            userId: input.userId,
            model: input.embedding.model,
            embedding: input.embedding.vector,
          };
          await tx
            .insert(dreamEmbeddings)
            .values(values)
            .onConflictDoUpdate({
              target: dreamEmbeddings.dreamId,
              set: { ...values, createdAt: sql`now()` },
            });
        }
        await tx
          .update(dreams)
          .set({ status: "done", error: null, updatedAt: sql`now()` })
          .where(eq(dreams.id, input.dreamId));
        if (!row) throw new Error("insert into interpretations returned no row");
        return openInterpretation(row);
      }),

    markFailed: async (dreamId: string, error: string): Promise<void> => {
      await db
        .update(dreams)
        .set({ status: "failed", error: error.slice(0, 500), updatedAt: sql`now()` })
        .where(eq(dreams.id, dreamId));
    },

    findOwned,

    list: async (input: ListDreamsInput): Promise<{ items: DreamWithInterpretation[]; total: number }> => {
      const inApp =
        input.search && cipher.enabled ? await searchInApp(input.userId, input.search) : undefined;
      if (inApp?.length === 0) return { items: [], total: 0 };
      const conditions = and(
        eq(dreams.userId, input.userId),
        isNull(dreams.deletedAt),
        inApp ? inArray(dreams.id, inApp) : input.search ? matchesSearch(input.search) : undefined,
        input.tag ? arrayContains(interpretations.tags, [input.tag.toLowerCase()]) : undefined,
      );
      const [items, totals] = await scoped(db, input.userId, (tx) =>
        inOrder([
          tx
            .select({ dream: dreamColumns, interpretation: interpretations })
            .from(dreams)
            .leftJoin(interpretations, eq(interpretations.dreamId, dreams.id))
            .where(conditions)
            .orderBy(desc(dreams.createdAt), desc(dreams.id))
            .limit(input.limit)
            .offset((input.page - 1) * input.limit),
          tx
            .select({ total: count() })
            .from(dreams)
            .leftJoin(interpretations, eq(interpretations.dreamId, dreams.id))
            .where(conditions),
        ]),
      );
      return { items: (items as DreamWithInterpretation[]).map(open), total: totals[0]?.total ?? 0 };
    },

    /** New text makes the old reading stale: it is removed and the dream waits to be interpreted again. */
    updateText: async (userId: string, id: string, text: string, language: string): Promise<boolean> =>
      scoped(db, userId, async (tx) => {
        const rows = await tx
          .update(dreams)
          .set({
            text: cipher.encrypt(text, "dreams.text"),
            language,
            status: "pending",
            error: null,
            updatedAt: sql`now()`,
          })
          .where(and(eq(dreams.id, id), eq(dreams.userId, userId), isNull(dreams.deletedAt)))
          .returning({ id: dreams.id });
        if (rows.length === 0) return false;
        await tx.delete(interpretations).where(eq(interpretations.dreamId, id));
        await tx.delete(dreamEmbeddings).where(eq(dreamEmbeddings.dreamId, id));
        return true;
      }),

    setDeleted: async (userId: string, id: string, deleted: boolean): Promise<boolean> => {
      const rows = await scoped(db, userId, (db) =>
        db
          .update(dreams)
          .set({ deletedAt: deleted ? sql`now()` : null, updatedAt: sql`now()` })
          .where(and(eq(dreams.id, id), eq(dreams.userId, userId)))
          .returning({ id: dreams.id }),
      );
      return rows.length > 0;
    },

    /** Erases a dream with its interpretation and embedding (cascade). */
    remove: async (userId: string, id: string): Promise<boolean> => {
      const rows = await scoped(db, userId, (db) =>
        db
          .delete(dreams)
          .where(and(eq(dreams.id, id), eq(dreams.userId, userId)))
          .returning({ id: dreams.id }),
      );
      return rows.length > 0;
    },
  };
};

export type DreamsRepository = ReturnType<typeof createDreamsRepository>;
