import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { refreshTokens } from "../schema";

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

/** Refresh tokens are stored as hashes only; a family is one login's chain of rotations. */
export const createTokensRepository = (db: Db) => ({
  insert: async (input: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }) => {
    await db.insert(refreshTokens).values(input);
  },

  findByHash: async (tokenHash: string): Promise<RefreshTokenRow | undefined> => {
    const [row] = await db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .limit(1);
    return row;
  },

  /** Marks one token used; false when it was already revoked (a replay). Atomic. */
  revoke: async (id: string): Promise<boolean> => {
    const rows = await db
      .update(refreshTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length > 0;
  },

  revokeFamily: async (familyId: string): Promise<void> => {
    await db
      .update(refreshTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  },
});

export type TokensRepository = ReturnType<typeof createTokensRepository>;
