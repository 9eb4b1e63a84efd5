import { eq } from "drizzle-orm";
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

  findById: async (id: string): Promise<UserRow | undefined> => {
    const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  },
});

export type UsersRepository = ReturnType<typeof createUsersRepository>;
