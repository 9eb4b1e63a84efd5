import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { rowsOf } from "../rows";

export type QuotaGrant = { granted: true; used: number; day: string };
export type QuotaDenial = { granted: false; used: number; resetAt: Date };

type Executor = Pick<Db, "execute">;

/**
 * The daily dream quota, authoritative in PostgreSQL. One upsert both checks and counts, so
 * concurrent requests at the edge cannot both pass: the second waits on the row lock and
 * then sees the first one's count. Days are the user's own calendar days (their time zone).
 */
export const createQuotaRepository = (db: Db) => ({
  /** Takes one unit of today's quota; `limit` null means unlimited (still counted). */
  consume: async (
    userId: string,
    limit: number | null,
    executor: Executor = db,
  ): Promise<QuotaGrant | QuotaDenial> => {
    const capped = limit === null ? sql`` : sql`where daily_usage.count < ${limit}`;
    const granted = rowsOf<{ count: number; day: string }>(
      await executor.execute(sql`
        insert into daily_usage (user_id, day, count)
        select u.id, (now() at time zone u.timezone)::date, 1 from users u where u.id = ${userId}
        ${limit === 0 ? sql`and false` : sql``}
        on conflict (user_id, day) do update set count = daily_usage.count + 1 ${capped}
        returning count, day::text as day`),
    )[0];
    if (granted) return { granted: true, used: granted.count, day: granted.day };
    const state = rowsOf<{ used: number | null; reset_at: string | Date }>(
      await executor.execute(sql`
        select (select count from daily_usage d where d.user_id = u.id
                  and d.day = (now() at time zone u.timezone)::date) as used,
               ((now() at time zone u.timezone)::date + 1)::timestamp at time zone u.timezone as reset_at
        from users u where u.id = ${userId}`),
    )[0];
    return { granted: false, used: state?.used ?? 0, resetAt: new Date(state?.reset_at ?? Date.now()) };
  },

  /** Gives back a unit taken on `day` (the interpretation failed: the dreamer is not charged). */
  refund: async (userId: string, day: string): Promise<void> => {
    await db.execute(
      sql`update daily_usage set count = greatest(count - 1, 0) where user_id = ${userId} and day = ${day}::date`,
    );
  },

  /** How many dreams the user has used today, in their time zone. */
  usedToday: async (userId: string): Promise<number> => {
    const row = rowsOf<{ used: number | null }>(
      await db.execute(sql`
        select d.count as used from users u join daily_usage d on d.user_id = u.id
        where u.id = ${userId} and d.day = (now() at time zone u.timezone)::date`),
    )[0];
    return row?.used ?? 0;
  },
});

export type QuotaRepository = ReturnType<typeof createQuotaRepository>;
