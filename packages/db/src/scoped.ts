import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Runs `work` in a transaction as the role `rzd_app` with `app.user_id` set: the row-level
 * security policies then show and accept only this user's dream rows, whatever the query.
 */
export const scoped = <T>(db: Db, userId: string, work: (tx: Db) => Promise<T>): Promise<T> =>
  db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'rzd_app', true), set_config('app.user_id', ${userId}, true)`,
    );
    return work(tx as unknown as Db);
  });

/**
 * Runs lazily built queries one after another: a transaction is one connection, and
 * node-postgres does not allow overlapping queries on it.
 */
export const inOrder = async <T extends readonly unknown[]>(
  queries: { [K in keyof T]: PromiseLike<T[K]> },
): Promise<T> => {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as unknown as T;
};
