import { z } from "zod";

export const CATEGORIES = [
  "animals",
  "nature",
  "people",
  "body",
  "house",
  "places",
  "transport",
  "objects",
  "actions",
  "events",
  "supernatural",
  "states",
] as const;
export type Category = (typeof CATEGORIES)[number];

const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const forms = z.object({ ru: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });
/** Single words matched only as written (no stemming): safe spellings of ambiguous words ("лев", "гору"). */
const exactForms = z
  .object({ ru: z.array(z.string().regex(/^[\p{L}'-]+$/u)), en: z.array(z.string().regex(/^[\p{L}'-]+$/u)) })
  .default({ ru: [], en: [] });

const scenario = z.object({ title: bilingual, reading: bilingual });

export const symbolEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  category: z.enum(CATEGORIES),
  emoji: z.string().min(1).max(16),
  name: bilingual,
  forms,
  exact: exactForms,
  meaning: bilingual,
  advice: bilingual,
  /** Common situations with this symbol, each with its own reading. */
  scenarios: z.array(scenario).default([]),
  /** The psychological / Jungian angle. */
  psychology: bilingual.optional(),
  /** How folk dream books (Miller, Vanga and others) read it — presented as tradition, not fact. */
  folk: bilingual.optional(),
  related: z.array(z.string()).default([]),
  /**
   * How readily the symbol is the dream's main one: > 1 for the classic dream themes (teeth,
   * flying, falling, pursuit), < 1 for settings and generic actions (a road, a room, running).
   */
  salience: z.number().min(0.5).max(1.5).default(1),
});
export type SymbolEntry = z.infer<typeof symbolEntrySchema>;

/** One category's file under `symbols/`. */
export const categoryFileSchema = z.object({
  category: z.enum(CATEGORIES),
  symbols: z.array(symbolEntrySchema),
});

export const emotionEntrySchema = z.object({
  slug: z.string(),
  valence: z.enum(["positive", "negative", "neutral"]),
  name: bilingual,
  forms,
  meaning: bilingual,
});
export type EmotionEntry = z.infer<typeof emotionEntrySchema>;

export const emotionFileSchema = z.object({
  version: z.string(),
  emotions: z.array(emotionEntrySchema).min(1),
});
