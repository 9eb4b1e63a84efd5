import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  vector,
} from "drizzle-orm/pg-core";
import { bytea, createdAt, EMBEDDING_DIMENSIONS, id, tsvector, updatedAt } from "./columns";
import { users } from "./users";

export type StoredEmotion = { name: string; intensity: "low" | "medium" | "high"; meaning: string };
export type StoredSymbol = { slug: string; name: string; emoji: string; meaning: string };

export const dreams = pgTable(
  "dreams",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    language: text("language").notNull(),
    source: text("source", { enum: ["text", "voice"] })
      .notNull()
      .default("text"),
    status: text("status", { enum: ["pending", "done", "failed"] })
      .notNull()
      .default("pending"),
    error: text("error"),
    search: tsvector("search").generatedAlwaysAs(
      // encrypted text (DATA_ENCRYPTION_KEY) is not indexed: the index would leak its words
      sql`case when text like 'enc:v1:%' then ''::tsvector else to_tsvector(case when language = 'ru' then 'russian'::regconfig else 'english'::regconfig end, text) end`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("dreams_user_created_idx").on(t.userId, t.createdAt.desc()).where(sql`deleted_at is null`),
    index("dreams_search_idx").using("gin", t.search),
  ],
);

export const interpretations = pgTable(
  "interpretations",
  {
    id: id(),
    dreamId: uuid("dream_id")
      .notNull()
      .unique()
      .references(() => dreams.id, { onDelete: "cascade" }),
    mainSymbol: text("main_symbol").notNull(),
    mainSymbolSlug: text("main_symbol_slug"),
    mainSymbolEmoji: text("main_symbol_emoji").notNull(),
    interpretation: text("interpretation").notNull(),
    emotions: jsonb("emotions").$type<StoredEmotion[]>().notNull(),
    symbols: jsonb("symbols").$type<StoredSymbol[]>().notNull(),
    advice: text("advice").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    engine: text("engine").notNull(),
    aiModel: text("ai_model").notNull(),
    promptVersion: text("prompt_version").notNull(),
    processingTimeMs: integer("processing_time_ms").notNull(),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    costUsd: numeric("cost_usd", { precision: 12, scale: 6, mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("interpretations_tags_idx").using("gin", t.tags)],
);

export const dreamEmbeddings = pgTable(
  "dream_embeddings",
  {
    dreamId: uuid("dream_id")
      .primaryKey()
      .references(() => dreams.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    model: text("model").notNull(),
    embedding: vector("embedding", { dimensions: EMBEDDING_DIMENSIONS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("dream_embeddings_hnsw_idx").using("hnsw", t.embedding.op("vector_cosine_ops")),
    index("dream_embeddings_user_idx").on(t.userId, t.model),
  ],
);

/** Spoken interpretations: generated once per interpretation and voice, then served from here. */
export const interpretationAudio = pgTable(
  "interpretation_audio",
  {
    id: id(),
    interpretationId: uuid("interpretation_id")
      .notNull()
      .references(() => interpretations.id, { onDelete: "cascade" }),
    voice: text("voice").notNull(),
    mime: text("mime").notNull(),
    audio: bytea("audio").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("interpretation_audio_voice_unique").on(t.interpretationId, t.voice)],
);
