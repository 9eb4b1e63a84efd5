import { z } from "zod";

export const LANGUAGES = ["ru", "en"] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const LENSES = ["psychological", "jungian", "folk"] as const;
export const lensSchema = z.enum(LENSES);

export const intensitySchema = z.enum(["low", "medium", "high"]);
export type Intensity = z.infer<typeof intensitySchema>;

export const emotionSchema = z.object({
  name: z.string().min(1),
  intensity: intensitySchema,
  meaning: z.string().min(1),
});
export type Emotion = z.infer<typeof emotionSchema>;

export const symbolRefSchema = z.object({
  slug: z.string().min(1),
  name: z.string().min(1),
  emoji: z.string().min(1),
  meaning: z.string().min(1),
});
export type SymbolRef = z.infer<typeof symbolRefSchema>;

/** What any engine (offline or a model) must produce; validated before it is stored. */
export const interpretationDraftSchema = z.object({
  main_symbol: z.string().min(1).max(120),
  main_symbol_slug: z.string().nullable(),
  main_symbol_emoji: z.string().min(1).max(16),
  interpretation: z.string().min(1).max(8000),
  emotions: z.array(emotionSchema).max(12),
  advice: z.string().min(1).max(2000),
  tags: z.array(z.string().min(1).max(60)).max(20),
  symbols: z.array(symbolRefSchema).max(20),
});
export type InterpretationDraft = z.infer<typeof interpretationDraftSchema>;

export const interpretationSchema = z.object({
  id: z.uuid(),
  dream_id: z.uuid(),
  main_symbol: z.string(),
  main_symbol_emoji: z.string(),
  interpretation: z.string(),
  emotions: z.array(emotionSchema),
  advice: z.string(),
  tags: z.array(z.string()),
  symbols: z.array(symbolRefSchema),
  ai_model: z.string(),
  prompt_version: z.string(),
  created_at: z.iso.datetime({ offset: true }),
  processing_time_ms: z.number().int().nonnegative(),
});
export type Interpretation = z.infer<typeof interpretationSchema>;
