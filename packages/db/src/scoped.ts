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
