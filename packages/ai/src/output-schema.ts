import { intensitySchema } from "@razgazdayson/core";
import { z } from "zod";

/** What the model must return for an interpretation (strict JSON schema, every field required). */
export const modelInterpretationSchema = z
  .object({
    // first, so that its text streams to the dreamer as early as possible
    interpretation: z.string().min(40).max(8000),
    main_symbol: z.string().min(1).max(120),
    main_symbol_emoji: z.string().min(1).max(16),
    emotions: z
      .array(
        z
          .object({ name: z.string().min(1), intensity: intensitySchema, meaning: z.string().min(1) })
          .strict(),
      )
      .max(8),
    advice: z.string().min(1).max(2000),
    tags: z.array(z.string().min(1).max(60)).max(12),
    symbols: z
      .array(
        z
          .object({
            slug: z.string().describe("catalogue slug from the list given, or 'other'"),
            name: z.string().min(1),
            emoji: z.string().min(1),
            meaning: z.string().min(1),
          })
          .strict(),
      )
      .max(8),
  })
  .strict();
export type ModelInterpretation = z.infer<typeof modelInterpretationSchema>;

export const modelDeepDiveSchema = z
  .object({
    title: z.string().min(1),
    symbols: z.string().min(1),
    archetypes: z.string().min(1),
    emotional_arc: z.string().min(1),
    waking_life: z.string().min(1),
    questions: z.array(z.string().min(1)).min(3).max(7),
    patterns: z.string().min(1),
  })
  .strict();
export type ModelDeepDive = z.infer<typeof modelDeepDiveSchema>;

/** JSON schema for the provider's `response_format` (structured outputs). */
export const responseFormat = (name: string, schema: z.ZodType) => ({
  type: "json_schema" as const,
  json_schema: {
    name,
    strict: true,
    schema: z.toJSONSchema(schema, { target: "draft-7" }) as Record<string, unknown>,
  },
});
