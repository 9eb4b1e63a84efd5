import { createHash } from "node:crypto";
import {
  AppError,
  dailyLimitFor,
  type EngineResult,
  embedDream,
  type InterpretationEngine,
  type InterpretResponse,
  type Language,
  LOCAL_EMBEDDING_MODEL,
  normalizeText,
  primaryLanguage,
} from "@razgazdayson/core";
import type { DreamRow, Repositories, UserRow } from "@razgazdayson/db";
import type { Cache } from "../adapters/cache";
import { toInterpretation } from "./mappers";
import { tierOf } from "./tier-of";

export type DreamServiceDeps = {
  repos: Repositories;
  engine: InterpretationEngine;
  cache: Cache;
  quota: { freeDaily: number; trialDaily: number };
  similar: { threshold: number; limit: number };
  cacheTtlSeconds: number;
  onWarning: (message: string, error: unknown) => void;
};

export type InterpretOutcome = InterpretResponse & { dailyLimit: number | null; usedToday: number };

const cacheKey = (text: string, language: Language, engine: InterpretationEngine): string =>
  `interp:${createHash("sha256")
    .update(`${normalizeText(text)}\u0000${language}\u0000${engine.name}`)
    .digest("hex")}`;

/** Runs the engine through the exact-match cache; cache trouble never fails a dream. */
const runEngine = async (
  deps: DreamServiceDeps,
  input: { text: string; language: Language; history: { slug: string; count: number }[] },
): Promise<EngineResult> => {
  const key = cacheKey(input.text, input.language, deps.engine);
  // the dreamer's history changes the text, so only history-free readings are shared
  const cacheable = input.history.length === 0;
  if (cacheable) {
    const hit = await deps.cache
      .get(key)
      .catch((error: unknown) => deps.onWarning("cache get failed", error));
    if (hit) return JSON.parse(hit) as EngineResult;
  }
  const result = await deps.engine.interpret(input);
  if (cacheable) {
    await deps.cache
      .set(key, JSON.stringify(result), deps.cacheTtlSeconds)
      .catch((error: unknown) => deps.onWarning("cache set failed", error));
  }
  return result;
};

/**
 * Interprets a stored `pending` dream. A failing engine leaves the dream `failed` (never
 * lost) and gives the quota unit back, then answers with a clear error naming the dream.
 */
const interpretStored = async (
  deps: DreamServiceDeps,
  user: UserRow,
  dream: DreamRow,
  quotaDay: string,
  includeSimilar: boolean,
) => {
  const started = performance.now();
  const language: Language = dream.language === "en" ? "en" : "ru";
  let result: EngineResult;
  try {
    const history = await deps.repos.journal.symbolHistory(user.id);
    result = await runEngine(deps, { text: dream.text, language, history });
  } catch (error) {
    await deps.repos.dreams.markFailed(dream.id, error instanceof Error ? error.message : String(error));
    await deps.repos.dreams.refund(user.id, quotaDay);
    throw new AppError("INTERPRETATION_FAILED", {
      message: "The dream is saved, but it could not be interpreted right now. Try again later.",
      details: { dream_id: dream.id },
      cause: error,
    });
  }
  const vector = embedDream(dream.text);
  const { main_symbol_slug, ...draft } = result.draft;
  const row = await deps.repos.dreams.complete({
    dreamId: dream.id,
    userId: user.id,
    interpretation: {
      mainSymbol: draft.main_symbol,
      mainSymbolSlug: main_symbol_slug,
      mainSymbolEmoji: draft.main_symbol_emoji,
      interpretation: draft.interpretation,
      emotions: draft.emotions,
      symbols: draft.symbols,
      advice: draft.advice,
      tags: draft.tags.map((t) => t.toLowerCase()),
      engine: result.engine,
      aiModel: result.model,
      promptVersion: result.promptVersion,
      processingTimeMs: Math.round(performance.now() - started),
      promptTokens: result.usage.promptTokens,
      completionTokens: result.usage.completionTokens,
    },
    embedding: { model: LOCAL_EMBEDDING_MODEL, vector },
  });
  const similar = includeSimilar
    ? await deps.repos.journal.similar({
        userId: user.id,
        excludeDreamId: dream.id,
        model: LOCAL_EMBEDDING_MODEL,
        vector,
        threshold: deps.similar.threshold,
        limit: deps.similar.limit,
      })
    : [];
  return {
    interpretation: toInterpretation(row),
    similar_dreams: similar.map((s) => ({ ...s, created_at: s.created_at.toISOString() })),
  };
};

const loadUser = async (deps: DreamServiceDeps, userId: string): Promise<UserRow> => {
  const user = await deps.repos.users.findById(userId);
  if (!user) throw new AppError("UNAUTHORIZED", { message: "The account of this token no longer exists" });
  return user;
};

const quotaExceeded = (limit: number | null, used: number, resetAt: Date) =>
  new AppError("DAILY_LIMIT_EXCEEDED", {
    message: `Daily limit of ${limit ?? 0} dream interpretation(s) reached. It resets at ${resetAt.toISOString()}.`,
    details: { daily_limit: limit, used_today: used, reset_at: resetAt.toISOString() },
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)),
  });

/** The dream flow: store first (charging the daily quota atomically), then interpret. */
export const interpretDream = async (
  deps: DreamServiceDeps,
  input: { userId: string; text: string; language?: Language | undefined; includeSimilar: boolean },
): Promise<InterpretOutcome> => {
  const user = await loadUser(deps, input.userId);
  const dailyLimit = dailyLimitFor(tierOf(user), {
    free: deps.quota.freeDaily,
    trial: deps.quota.trialDaily,
  });
  const text = input.text.trim();
  const pending = await deps.repos.dreams.createPending({
    userId: user.id,
    text,
    language: input.language ?? primaryLanguage(text),
    source: "text",
    dailyLimit,
  });
  if (!pending.granted) throw quotaExceeded(dailyLimit, pending.used, pending.resetAt);
  const outcome = await interpretStored(deps, user, pending.dream, pending.quotaDay, input.includeSimilar);
  return {
    dream_id: pending.dream.id,
    ...outcome,
    daily_limit_remaining: dailyLimit === null ? null : Math.max(0, dailyLimit - pending.usedToday),
    is_saved: true,
    dailyLimit,
    usedToday: pending.usedToday,
  };
};

/** Interprets an edited or failed dream again; it costs a quota unit like a new one. */
export const reinterpretDream = async (
  deps: DreamServiceDeps,
  input: { userId: string; dreamId: string; includeSimilar: boolean },
): Promise<InterpretOutcome> => {
  const user = await loadUser(deps, input.userId);
  const found = await deps.repos.dreams.findOwned(user.id, input.dreamId);
  if (!found) throw new AppError("NOT_FOUND", { message: "Dream not found" });
  if (found.dream.status === "done") {
    throw new AppError("CONFLICT", {
      message: "This dream is already interpreted; edit its text to interpret it again",
    });
  }
  const dailyLimit = dailyLimitFor(tierOf(user), {
    free: deps.quota.freeDaily,
    trial: deps.quota.trialDaily,
  });
  const grant = await deps.repos.dreams.chargeRetry(user.id, dailyLimit);
  if (!grant.granted) throw quotaExceeded(dailyLimit, grant.used, grant.resetAt);
  const outcome = await interpretStored(deps, user, found.dream, grant.day, input.includeSimilar);
  return {
    dream_id: found.dream.id,
    ...outcome,
    daily_limit_remaining: dailyLimit === null ? null : Math.max(0, dailyLimit - grant.used),
    is_saved: true,
    dailyLimit,
    usedToday: grant.used,
  };
};
