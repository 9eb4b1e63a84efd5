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

const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const forms = z.object({ ru: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });

export const symbolEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  category: z.enum(CATEGORIES),
  emoji: z.string().min(1).max(16),
  name: bilingual,
  forms,
  meaning: bilingual,
  advice: bilingual,
  related: z.array(z.string()).default([]),
  /**
   * How readily the symbol is the dream's main one: > 1 for the classic dream themes (teeth,
   * flying, falling, pursuit), < 1 for settings and generic actions (a road, a room, running).
   */
  salience: z.number().min(0.5).max(1.5).default(1),
});
export type SymbolEntry = z.infer<typeof symbolEntrySchema>;

export const catalogueFileSchema = z.object({
  version: z.string(),
  symbols: z.array(symbolEntrySchema).min(1),
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
