import { createHash } from "node:crypto";
import type { Embedder } from "@razgazdayson/ai";
import {
  AppError,
  analyzeDream,
  dailyLimitFor,
  type EngineResult,
  emitInChunks,
  type HistorySymbol,
  type InterpretationEngine,
  type InterpretResponse,
  type Language,
  type Lens,
  normalizeText,
  primaryLanguage,
  type StreamEvent,
} from "@razgazdayson/core";
import type { DreamRow, Repositories, UserRow } from "@razgazdayson/db";
import type { Cache } from "../adapters/cache";
import { toInterpretation } from "./mappers";
import { tierOf } from "./tier-of";

export type DreamServiceDeps = {
  repos: Repositories;
  engines: { primary: InterpretationEngine; offline: InterpretationEngine };
  /** Global privacy switch: no dream leaves the server. */
  offlineOnly: boolean;
  embedder: Embedder;
  localEmbedder: Embedder;
  cache: Cache;
  metrics: { cacheResult: (result: "hit" | "miss") => void; answeredBy: (engine: string) => void };
  quota: { freeDaily: number; trialDaily: number };
  similar: { threshold: number; limit: number };
  cacheTtlSeconds: number;
  onWarning: (message: string, error: unknown) => void;
  /** After a dreamer's first interpretation: rewards whoever referred them (exactly once). */
  onInterpreted: (userId: string) => Promise<void>;
};

export type InterpretOutcome = InterpretResponse & { dailyLimit: number | null; usedToday: number };
export type StreamStart = { dreamId: string; dailyLimit: number | null; usedToday: number };

export type ReadingOptions = {
  lens?: Lens | undefined;
  includeSimilar: boolean;
  /** Called once the dream is stored and charged, before any engine runs (streams start here). */
  onStart?: ((start: StreamStart) => void) | undefined;
  /** Streamed interpretation text. */
  onEvent?: ((event: StreamEvent) => void) | undefined;
};

type EngineInput = { text: string; language: Language; lens: Lens; history: HistorySymbol[] };
type Charge = {
  user: UserRow;
  dream: DreamRow;
  quotaDay: string;
  usedToday: number;
  dailyLimit: number | null;
  /** The dreamer's symbol history, fetched while the dream is being stored. */
  history: Promise<HistorySymbol[]>;
};

/** Starts loading the history early; a failure surfaces where it is awaited, never unhandled. */
const prefetchHistory = (deps: DreamServiceDeps, userId: string): Promise<HistorySymbol[]> => {
  const history = deps.repos.journal.symbolHistory(userId);
  history.catch(() => undefined);
  return history;
};

/** sha256 of everything that decides the reading: the same text never gets another engine's answer. */
const cacheKey = (engine: InterpretationEngine, input: EngineInput): string => {
  const parts = [normalizeText(input.text), input.language, input.lens, engine.model, engine.promptVersion];
  return `interp:${createHash("sha256").update(parts.join("\u0000")).digest("hex")}`;
};

/**
 * Runs the engine through the exact-match cache (cache trouble never fails a dream). Entries
 * are tracked per user, so an erased account leaves nothing in the cache.
 */
const runEngine = async (
  deps: DreamServiceDeps,
  engine: InterpretationEngine,
  userId: string,
  input: EngineInput,
  onEvent: ((event: StreamEvent) => void) | undefined,
): Promise<EngineResult> => {
  const key = cacheKey(engine, input);
  // a reading that mentions the dreamer's own recurring symbols is theirs alone
  const cacheable = input.history.length === 0;
  const warn = (what: string) => (error: unknown) => deps.onWarning(what, error);
  const track = () =>
    deps.cache.track(`user:${userId}`, key, deps.cacheTtlSeconds).catch(warn("cache track failed"));
  if (cacheable) {
    const hit = await deps.cache.get(key).catch(warn("cache get failed"));
    deps.metrics.cacheResult(hit ? "hit" : "miss");
    if (hit) {
      const cached = JSON.parse(hit) as EngineResult;
      if (onEvent) emitInChunks(cached.draft.interpretation, onEvent);
      await track();
      return cached;
    }
  }
  const result = await engine.interpret(input, { onEvent });
  // a fallback answer is not cached: the provider may be back for the next dreamer
  if (cacheable && result.engine !== "local-fallback") {
    await deps.cache.set(key, JSON.stringify(result), deps.cacheTtlSeconds).catch(warn("cache set failed"));
    await track();
  }
  return result;
};

/**
 * Interprets a charged, stored dream. A failing engine leaves the dream `failed` (never lost)
 * and gives the quota unit back, then answers with a clear error naming the dream.
 */
const interpretCharged = async (
  deps: DreamServiceDeps,
  charge: Charge,
  options: ReadingOptions,
): Promise<InterpretOutcome> => {
  const { user, dream } = charge;
  options.onStart?.({ dreamId: dream.id, dailyLimit: charge.dailyLimit, usedToday: charge.usedToday });
  const started = performance.now();
  const isOffline = deps.offlineOnly || user.offlineOnly;
  const engine = isOffline ? deps.engines.offline : deps.engines.primary;
  const language: Language = dream.language === "en" ? "en" : "ru";
  let result: EngineResult;
  try {
    // only the history of symbols in this dream makes a reading personal; the rest can be shared
    const present = new Set(analyzeDream(dream.text).symbols.map((s) => s.slug));
    const history = (await charge.history).filter((h) => present.has(h.slug));
    const input = { text: dream.text, language, lens: options.lens ?? "psychological", history };
    result = await runEngine(deps, engine, user.id, input, options.onEvent);
  } catch (error) {
    await deps.repos.dreams.markFailed(dream.id, error instanceof Error ? error.message : String(error));
    await deps.repos.dreams.refund(user.id, charge.quotaDay);
    throw new AppError("INTERPRETATION_FAILED", {
      message: "The dream is saved, but it could not be interpreted right now. Try again later.",
      details: { dream_id: dream.id },
      cause: error,
    });
  }
  deps.metrics.answeredBy(result.engine);
  // a dreamer who keeps dreams offline keeps their embeddings offline too
  const embedding = await (isOffline ? deps.localEmbedder : deps.embedder).embed(dream.text);
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
      costUsd: result.costUsd ?? 0,
    },
    embedding,
  });
  await deps
    .onInterpreted(user.id)
    .catch((error: unknown) => deps.onWarning("referral reward failed", error));
  const similar = options.includeSimilar
    ? await deps.repos.journal.similar({
        userId: user.id,
        excludeDreamId: dream.id,
        model: embedding.model,
        vector: embedding.vector,
        threshold: deps.similar.threshold,
        limit: deps.similar.limit,
      })
    : [];
  return {
    dream_id: dream.id,
    interpretation: toInterpretation(row),
    similar_dreams: similar.map((s) => ({ ...s, created_at: s.created_at.toISOString() })),
    daily_limit_remaining:
      charge.dailyLimit === null ? null : Math.max(0, charge.dailyLimit - charge.usedToday),
    is_saved: true,
    dailyLimit: charge.dailyLimit,
    usedToday: charge.usedToday,
  };
};

/** The signed-in user and their daily limit; a token of an erased account is a 401. */
export const loadDreamer = async (deps: Pick<DreamServiceDeps, "repos" | "quota">, userId: string) => {
  const user = await deps.repos.users.findById(userId);
  if (!user) throw new AppError("UNAUTHORIZED", { message: "The account of this token no longer exists" });
  const dailyLimit = dailyLimitFor(tierOf(user), {
    free: deps.quota.freeDaily,
    trial: deps.quota.trialDaily,
  });
  return { user, dailyLimit };
};

/** 429 with the reset time (the next local midnight) and Retry-After. */
export const quotaExceeded = (limit: number | null, used: number, resetAt: Date) =>
  new AppError("DAILY_LIMIT_EXCEEDED", {
    message: `Daily limit of ${limit ?? 0} dream interpretation(s) reached. It resets at ${resetAt.toISOString()}.`,
    details: { daily_limit: limit, used_today: used, reset_at: resetAt.toISOString() },
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)),
  });

/** The dream flow: store first (charging the daily quota atomically), then interpret. */
export const interpretDream = async (
  deps: DreamServiceDeps,
  input: ReadingOptions & {
    userId: string;
    text: string;
    language?: Language | undefined;
    source?: "text" | "voice";
  },
): Promise<InterpretOutcome> => {
  const history = prefetchHistory(deps, input.userId);
  const { user, dailyLimit } = await loadDreamer(deps, input.userId);
  const text = input.text.trim();
  const pending = await deps.repos.dreams.createPending({
    userId: user.id,
    text,
    language: input.language ?? primaryLanguage(text),
    source: input.source ?? "text",
    dailyLimit,
  });
  if (!pending.granted) throw quotaExceeded(dailyLimit, pending.used, pending.resetAt);
  const charge = {
    user,
    dream: pending.dream,
    quotaDay: pending.quotaDay,
    usedToday: pending.usedToday,
    dailyLimit,
    history,
  };
  return interpretCharged(deps, charge, input);
};

/** Interprets an edited or failed dream again; it costs a quota unit like a new one. */
export const reinterpretDream = async (
  deps: DreamServiceDeps,
  input: ReadingOptions & { userId: string; dreamId: string },
): Promise<InterpretOutcome> => {
  const { user, dailyLimit } = await loadDreamer(deps, input.userId);
  const found = await deps.repos.dreams.findOwned(user.id, input.dreamId);
  if (!found) throw new AppError("NOT_FOUND", { message: "Dream not found" });
  if (found.dream.status === "done") {
    throw new AppError("CONFLICT", {
      message: "This dream is already interpreted; edit its text to interpret it again",
    });
  }
  const grant = await deps.repos.dreams.chargeRetry(user.id, dailyLimit);
  if (!grant.granted) throw quotaExceeded(dailyLimit, grant.used, grant.resetAt);
  const history = prefetchHistory(deps, user.id);
  const charge = {
    user,
    dream: found.dream,
    quotaDay: grant.day,
    usedToday: grant.used,
    dailyLimit,
    history,
  };
  return interpretCharged(deps, charge, input);
};
