import { and, eq, getTableColumns, sql } from "drizzle-orm";
import type { Db } from "../client";
import { dreams, users } from "../schema";

/** A user with the paid tier that is active right now (from subscriptions), if any. */
export type UserRow = typeof users.$inferSelect & {
  proTier: "pro_monthly" | "pro_yearly" | null;
  proExpiresAt: Date | null;
};

export type CreateUserInput = {
  language: string;
  timezone: string;
  isGuest: boolean;
  telegramId?: number;
  username?: string | null;
  firstName?: string | null;
  /** Trial length from now, in days; 0 or absent means no trial. */
  trialDays?: number;
};

export type ProfilePatch = Partial<
  Pick<
    typeof users.$inferInsert,
    "language" | "timezone" | "reminderEnabled" | "reminderTime" | "offlineOnly"
  >
>;

const activeSubscription = (column: "tier" | "expires_at") =>
  sql.raw(`(select s.${column} from subscriptions s where s.user_id = users.id and s.status = 'active'
     and s.expires_at > now() order by s.expires_at desc limit 1)`);

const withTier = {
  ...getTableColumns(users),
  proTier: sql<"pro_monthly" | "pro_yearly" | null>`${activeSubscription("tier")}`,
  proExpiresAt: sql<Date | null>`${activeSubscription("expires_at")}`.mapWith((v: unknown) =>
    v ? new Date(String(v)) : null,
  ),
};

export const createUsersRepository = (db: Db) => {
  const findById = async (id: string): Promise<UserRow | undefined> => {
    const [row] = await db.select(withTier).from(users).where(eq(users.id, id)).limit(1);
    return row;
  };

  return {
    create: async (input: CreateUserInput): Promise<UserRow> => {
      const { trialDays, ...values } = input;
      const [row] = await db
        .insert(users)
        .values({
          ...values,
          ...(trialDays ? { trialEndsAt: sql`now() + make_interval(days => ${trialDays})` } : {}),
        })
        .returning({ id: users.id });
      const created = row ? await findById(row.id) : undefined;
      if (!created) throw new Error("insert into users returned no row");
      return created;
    },

    findById,

    findByTelegramId: async (telegramId: number): Promise<UserRow | undefined> => {
      const [row] = await db.select(withTier).from(users).where(eq(users.telegramId, telegramId)).limit(1);
      return row;
    },

    findByReferralCode: async (code: string): Promise<UserRow | undefined> => {
      const [row] = await db.select(withTier).from(users).where(eq(users.referralCode, code)).limit(1);
      return row;
    },

    /** Starts (or extends) the trial tier for `days` from now, or from its current end if later. */
    startTrial: async (id: string, days: number): Promise<void> => {
      await db
        .update(users)
        .set({
          trialEndsAt: sql`greatest(coalesce(${users.trialEndsAt}, now()), now()) + make_interval(days => ${days})`,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, id));
    },

    /** The privacy switch: "never send my dreams to an external AI". */
    setOfflineOnly: async (id: string, offlineOnly: boolean): Promise<void> => {
      await db.update(users).set({ offlineOnly, updatedAt: sql`now()` }).where(eq(users.id, id));
    },

    updateProfile: async (id: string, patch: ProfilePatch): Promise<UserRow | undefined> => {
      if (Object.keys(patch).length > 0) {
        await db
          .update(users)
          .set({ ...patch, updatedAt: sql`now()` })
          .where(eq(users.id, id));
      }
      return findById(id);
    },

    /** Gives a guest account a Telegram identity (their first real sign-up). */
    attachTelegram: async (
      id: string,
      telegram: { telegramId: number; username: string | null; firstName: string | null; trialDays: number },
    ): Promise<void> => {
      await db
        .update(users)
        .set({
          telegramId: telegram.telegramId,
          username: telegram.username,
          firstName: telegram.firstName,
          isGuest: false,
          trialEndsAt: telegram.trialDays ? sql`now() + make_interval(days => ${telegram.trialDays})` : null,
          updatedAt: sql`now()`,
        })
        .where(and(eq(users.id, id), eq(users.isGuest, true)));
    },

    /**
     * Moves a guest's dreams to an existing account and removes the guest, in one transaction.
     * Exactly once: a second call finds no guest and moves nothing.
     */
    mergeGuestInto: async (guestId: string, targetId: string): Promise<number> =>
      db.transaction(async (tx) => {
        const locked = await tx.execute(
          sql`select id from users where id = ${guestId} and is_guest for update`,
        );
        if ((locked as unknown as { rows: unknown[] }).rows.length === 0) return 0;
        const moved = await tx
          .update(dreams)
          .set({ userId: targetId })
          .where(eq(dreams.userId, guestId))
          .returning({ id: dreams.id });
        await tx.execute(sql`update dream_embeddings set user_id = ${targetId} where user_id = ${guestId}`);
        await tx.delete(users).where(eq(users.id, guestId));
        return moved.length;
      }),

    /** Deletes a user; dreams, interpretations, embeddings, tokens cascade, payments are detached. */
    erase: async (id: string): Promise<boolean> => {
      const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
      return rows.length > 0;
    },

    /** Uses one purchased deep-dive; false when there is none left. Atomic. */
    useDeepDiveCredit: async (id: string): Promise<boolean> => {
      const rows = await db
        .update(users)
        .set({ deepDiveCredits: sql`${users.deepDiveCredits} - 1` })
        .where(and(eq(users.id, id), sql`${users.deepDiveCredits} > 0`))
        .returning({ id: users.id });
      return rows.length > 0;
    },

    addDeepDiveCredits: async (id: string, count: number): Promise<void> => {
      await db
        .update(users)
        .set({ deepDiveCredits: sql`${users.deepDiveCredits} + ${count}` })
        .where(eq(users.id, id));
    },
  };
};

export type UsersRepository = ReturnType<typeof createUsersRepository>;
