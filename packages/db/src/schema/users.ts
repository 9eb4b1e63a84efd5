import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const users = pgTable("users", {
  id: id(),
  telegramId: bigint("telegram_id", { mode: "number" }).unique(),
  username: text("username"),
  firstName: text("first_name"),
  language: text("language").notNull().default("ru"),
  timezone: text("timezone").notNull().default("UTC"),
  isGuest: boolean("is_guest").notNull().default(true),
  referralCode: text("referral_code").notNull().unique().default(sql`substr(md5(random()::text), 1, 10)`),
  referredBy: uuid("referred_by"),
  trialEndsAt: timestamp("trial_ends_at", { withTimezone: true }),
  offlineOnly: boolean("offline_only").notNull().default(false),
  reminderEnabled: boolean("reminder_enabled").notNull().default(false),
  /** Local time of the morning reminder, HH:MM. */
  reminderTime: text("reminder_time").notNull().default("08:00"),
  deepDiveCredits: integer("deep_dive_credits").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One row per user and local calendar day: the authoritative dream quota counter. */
export const dailyUsage = pgTable(
  "daily_usage",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export const refreshTokens = pgTable("refresh_tokens", {
  id: id(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  familyId: uuid("family_id").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  createdAt: createdAt(),
});
