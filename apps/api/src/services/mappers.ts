import type { Dream, Interpretation, User } from "@razgazdayson/core";
import type { DreamWithInterpretation, InterpretationRow, UserRow } from "@razgazdayson/db";
import { tierOf } from "./tier-of";

const iso = (value: Date | string): string => new Date(value).toISOString();
const asLanguage = (value: string): "ru" | "en" => (value === "en" ? "en" : "ru");

export const toUser = (row: UserRow): User => ({
  id: row.id,
  telegram_id: row.telegramId ?? null,
  username: row.username ?? null,
  first_name: row.firstName ?? null,
  language: asLanguage(row.language),
  timezone: row.timezone,
  is_guest: row.isGuest,
  tier: tierOf(row),
  referral_code: row.referralCode,
  created_at: iso(row.createdAt),
  reminder_enabled: row.reminderEnabled,
  reminder_time: row.reminderTime,
  offline_only: row.offlineOnly,
  deep_dive_credits: row.deepDiveCredits,
});

export const toInterpretation = (row: InterpretationRow): Interpretation => ({
  id: row.id,
  dream_id: row.dreamId,
  main_symbol: row.mainSymbol,
  main_symbol_emoji: row.mainSymbolEmoji,
  interpretation: row.interpretation,
  emotions: row.emotions,
  advice: row.advice,
  tags: row.tags,
  symbols: row.symbols,
  ai_model: row.aiModel,
  prompt_version: row.promptVersion,
  created_at: iso(row.createdAt),
  processing_time_ms: row.processingTimeMs,
});

export const toDream = ({ dream, interpretation }: DreamWithInterpretation): Dream => ({
  id: dream.id,
  text: dream.text,
  language: asLanguage(dream.language),
  source: dream.source,
  status: dream.status,
  created_at: iso(dream.createdAt),
  updated_at: iso(dream.updatedAt),
  interpretation: interpretation ? toInterpretation(interpretation) : null,
});
