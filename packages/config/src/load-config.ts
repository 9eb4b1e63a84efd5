import { resolve } from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());

/** 32 random bytes, base64: `openssl rand -base64 32`. */
const encryptionKey = z
  .string()
  .refine(
    (v) => Buffer.from(v, "base64").length === 32,
    "DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded",
  );

const previousKeys = (value: string): { id: string; key: string }[] =>
  value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id = "", key = ""] = entry.split(":");
      return { id, key };
    });

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().default("0.0.0.0"),
    PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DATA_DIR: z.string().default("./data"),
    PGLITE_DIR: z.string().optional(),
    DATABASE_URL: optionalUrl,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    AUTO_MIGRATE: bool.optional(),
    REDIS_URL: optionalUrl,
    JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(1800),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
    FREE_DAILY_LIMIT: z.coerce.number().int().min(0).default(1),
    TRIAL_DAILY_LIMIT: z.coerce.number().int().min(0).default(3),
    TRIAL_DAYS: z.coerce.number().int().min(0).default(3),
    SIMILARITY_THRESHOLD: z.coerce.number().min(0).max(1).default(0.35),
    SIMILAR_DREAMS_LIMIT: z.coerce.number().int().min(1).max(10).default(3),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    RATE_LIMIT_INTERPRET_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_GLOBAL_PER_SECOND: z.coerce.number().int().min(1).default(1000),
    TRUST_PROXY: bool.default(false),
    LLM_BASE_URL: optionalUrl,
    OPENAI_API_KEY: z.string().optional(),
    LLM_CHAT_MODEL: z.string().default("gpt-4o-mini"),
    LLM_EMBEDDING_MODEL: z.string().default("text-embedding-3-small"),
    LLM_TRANSCRIPTION_MODEL: z.string().default("whisper-1"),
    LLM_SPEECH_MODEL: z.string().default("tts-1"),
    LLM_PROVIDER_EMBEDDINGS: bool.default(true),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    LLM_STREAM_IDLE_MS: z.coerce.number().int().min(50).default(15_000),
    LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
    LLM_MAX_RETRY_AFTER_SECONDS: z.coerce.number().min(0).default(10),
    LLM_CIRCUIT_ERROR_PERCENT: z.coerce.number().min(1).max(100).default(50),
    LLM_CIRCUIT_VOLUME: z.coerce.number().int().min(1).default(5),
    LLM_CIRCUIT_RESET_MS: z.coerce.number().int().min(100).default(30_000),
    LLM_PRICE_INPUT_PER_1M: z.coerce.number().min(0).default(0.15),
    LLM_PRICE_OUTPUT_PER_1M: z.coerce.number().min(0).default(0.6),
    OFFLINE_ONLY: bool.default(false),
    CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(3600),
    VOICE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    VOICE_FREE_MAX_SECONDS: z.coerce.number().int().min(1).default(60),
    VOICE_PRO_MAX_SECONDS: z.coerce.number().int().min(1).default(300),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, "TELEGRAM_BOT_TOKEN looks wrong")
      .optional(),
    TELEGRAM_API_BASE: z.url().default("https://api.telegram.org"),
    TELEGRAM_AUTH_MAX_AGE_SECONDS: z.coerce.number().int().min(10).default(86_400),
    BOT_API_SECRET: z.string().min(24, "BOT_API_SECRET must be at least 24 characters").optional(),
    CORS_ORIGINS: z.string().default(""),
    STARS_PRICE_PRO_MONTHLY: z.coerce.number().int().min(1).default(250),
    STARS_PRICE_PRO_YEARLY: z.coerce.number().int().min(1).default(2150),
    STARS_PRICE_DEEP_DIVE: z.coerce.number().int().min(1).default(45),
    REFERRAL_TRIAL_BONUS_DAYS: z.coerce.number().int().min(0).default(3),
    REFERRAL_PRO_BONUS_DAYS: z.coerce.number().int().min(0).default(7),
    DATA_ENCRYPTION_KEY: encryptionKey.optional(),
    DATA_ENCRYPTION_KEY_ID: z
      .string()
      .regex(/^[\w-]{1,32}$/)
      .default("k1"),
    DATA_ENCRYPTION_PREVIOUS_KEYS: z.string().default(""),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.JWT_SECRET) {
      ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "JWT_SECRET is required in production" });
    }
    for (const { id, key } of previousKeys(env.DATA_ENCRYPTION_PREVIOUS_KEYS)) {
      if (!/^[\w-]{1,32}$/.test(id) || Buffer.from(key, "base64").length !== 32) {
        ctx.addIssue({
          code: "custom",
          path: ["DATA_ENCRYPTION_PREVIOUS_KEYS"],
          message: "expected id:base64key pairs of 32-byte keys, comma-separated",
        });
      }
    }
    if (env.NODE_ENV === "production" && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "DATABASE_URL is required in production (embedded PGlite is for development)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export type Config = {
  env: Env["NODE_ENV"];
  host: string;
  port: number;
  logLevel: Env["LOG_LEVEL"];
  dataDir: string;
  database: { url: string | undefined; poolSize: number; autoMigrate: boolean; pgliteDir: string };
  redisUrl: string | undefined;
  auth: { jwtSecret: string | undefined; accessTtlSeconds: number; refreshTtlDays: number };
  quota: { freeDaily: number; trialDaily: number; trialDays: number };
  similar: { threshold: number; limit: number };
  http: {
    bodyLimit: number;
    trustProxy: boolean;
    ratePerMinute: number;
    interpretPerMinute: number;
    globalPerSecond: number;
  };
  /** The model provider; undefined means the offline engine only. */
  llm: LlmSettings | undefined;
  offlineOnly: boolean;
  cacheTtlSeconds: number;
  voice: { maxBytes: number; freeMaxSeconds: number; proMaxSeconds: number };
  telegram: {
    botToken: string | undefined;
    apiBase: string;
    authMaxAgeSeconds: number;
    botApiSecret: string | undefined;
  };
  corsOrigins: string[];
  prices: { pro_monthly: number; pro_yearly: number; deep_dive: number };
  referral: { trialBonusDays: number; proBonusDays: number };
  /** Keys for encryption at rest, current first; empty means text is stored as is. */
  encryption: { keys: { id: string; key: string }[] };
};

export type LlmSettings = {
  baseUrl: string;
  apiKey: string;
  chatModel: string;
  embeddingModel: string;
  transcriptionModel: string;
  speechModel: string;
  providerEmbeddings: boolean;
  timeoutMs: number;
  streamIdleMs: number;
  maxRetries: number;
  maxRetryAfterSeconds: number;
  circuit: { errorThresholdPercentage: number; volumeThreshold: number; resetTimeoutMs: number };
  pricePer1M: { input: number; output: number };
};

const llmSettings = (env: Env): LlmSettings | undefined => {
  if (!env.LLM_BASE_URL && !env.OPENAI_API_KEY) return undefined;
  return {
    baseUrl: env.LLM_BASE_URL ?? "https://api.openai.com/v1",
    // local servers (Ollama, vLLM, LM Studio) accept any key
    apiKey: env.OPENAI_API_KEY ?? "not-needed",
    chatModel: env.LLM_CHAT_MODEL,
    embeddingModel: env.LLM_EMBEDDING_MODEL,
    transcriptionModel: env.LLM_TRANSCRIPTION_MODEL,
    speechModel: env.LLM_SPEECH_MODEL,
    providerEmbeddings: env.LLM_PROVIDER_EMBEDDINGS,
    timeoutMs: env.LLM_TIMEOUT_MS,
    streamIdleMs: env.LLM_STREAM_IDLE_MS,
    maxRetries: env.LLM_MAX_RETRIES,
    maxRetryAfterSeconds: env.LLM_MAX_RETRY_AFTER_SECONDS,
    circuit: {
      errorThresholdPercentage: env.LLM_CIRCUIT_ERROR_PERCENT,
      volumeThreshold: env.LLM_CIRCUIT_VOLUME,
      resetTimeoutMs: env.LLM_CIRCUIT_RESET_MS,
    },
    pricePer1M: { input: env.LLM_PRICE_INPUT_PER_1M, output: env.LLM_PRICE_OUTPUT_PER_1M },
  };
};

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join("\n  ")}`);
    this.name = "ConfigError";
  }
}

/**
 * The only reader of the environment. Parses and cross-checks it once at start-up so that a
 * bad deployment fails loudly before serving anything.
 */
export const loadConfig = (source: Record<string, string | undefined> = process.env): Config => {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = parsed.data;
  const dataDir = resolve(env.DATA_DIR);
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      autoMigrate: env.AUTO_MIGRATE ?? !env.DATABASE_URL,
      pgliteDir:
        env.PGLITE_DIR === "memory://" ? "memory://" : resolve(env.PGLITE_DIR ?? resolve(dataDir, "pglite")),
    },
    redisUrl: env.REDIS_URL,
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    },
    quota: { freeDaily: env.FREE_DAILY_LIMIT, trialDaily: env.TRIAL_DAILY_LIMIT, trialDays: env.TRIAL_DAYS },
    similar: { threshold: env.SIMILARITY_THRESHOLD, limit: env.SIMILAR_DREAMS_LIMIT },
    http: {
      bodyLimit: env.BODY_LIMIT_BYTES,
      trustProxy: env.TRUST_PROXY,
      ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
      interpretPerMinute: env.RATE_LIMIT_INTERPRET_PER_MINUTE,
      globalPerSecond: env.RATE_LIMIT_GLOBAL_PER_SECOND,
    },
    llm: llmSettings(env),
    offlineOnly: env.OFFLINE_ONLY,
    cacheTtlSeconds: env.CACHE_TTL_SECONDS,
    voice: {
      maxBytes: env.VOICE_MAX_BYTES,
      freeMaxSeconds: env.VOICE_FREE_MAX_SECONDS,
      proMaxSeconds: env.VOICE_PRO_MAX_SECONDS,
    },
    telegram: {
      botToken: env.TELEGRAM_BOT_TOKEN,
      apiBase: env.TELEGRAM_API_BASE.replace(/\/$/, ""),
      authMaxAgeSeconds: env.TELEGRAM_AUTH_MAX_AGE_SECONDS,
      botApiSecret: env.BOT_API_SECRET,
    },
    corsOrigins: env.CORS_ORIGINS.split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    prices: {
      pro_monthly: env.STARS_PRICE_PRO_MONTHLY,
      pro_yearly: env.STARS_PRICE_PRO_YEARLY,
      deep_dive: env.STARS_PRICE_DEEP_DIVE,
    },
    referral: { trialBonusDays: env.REFERRAL_TRIAL_BONUS_DAYS, proBonusDays: env.REFERRAL_PRO_BONUS_DAYS },
    encryption: {
      keys: env.DATA_ENCRYPTION_KEY
        ? [
            { id: env.DATA_ENCRYPTION_KEY_ID, key: env.DATA_ENCRYPTION_KEY },
            ...previousKeys(env.DATA_ENCRYPTION_PREVIOUS_KEYS),
          ]
        : [],
    },
  };
};
