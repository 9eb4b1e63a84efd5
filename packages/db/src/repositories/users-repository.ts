import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";

export type UserRow = typeof users.$inferSelect;

export type CreateUserInput = { language: string; timezone: string; isGuest: boolean };

export const createUsersRepository = (db: Db) => ({
  create: async (input: CreateUserInput): Promise<UserRow> => {
    const [row] = await db.insert(users).values(input).returning();
    if (!row) throw new Error("insert into users returned no row");
    return row;
  },

  /** Starts (or extends) the trial tier for `days` from now. */
  startTrial: async (id: string, days: number): Promise<void> => {
    await db
      .update(users)
      .set({ trialEndsAt: sql`now() + make_interval(days => ${days})`, updatedAt: sql`now()` })
      .where(eq(users.id, id));
  },

  /** The privacy switch: "never send my dreams to an external AI". */
  setOfflineOnly: async (id: string, offlineOnly: boolean): Promise<void> => {
    await db.update(users).set({ offlineOnly, updatedAt: sql`now()` }).where(eq(users.id, id));
  },

  findById: async (id: string): Promise<UserRow | undefined> => {
    const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  },
});

export type UsersRepository = ReturnType<typeof createUsersRepository>;
