import { z } from "zod";
import { interpretationSchema, languageSchema, lensSchema } from "./interpretation";

export const DREAM_TEXT_MIN = 20;
export const DREAM_TEXT_MAX = 4000;

export const dreamTextSchema = z
  .string()
  .trim()
  .min(DREAM_TEXT_MIN, `Dream text must be at least ${DREAM_TEXT_MIN} characters`)
  .max(DREAM_TEXT_MAX, `Dream text must be at most ${DREAM_TEXT_MAX} characters`);

export const interpretRequestSchema = z
  .object({
    text: z
      .string()
      .max(DREAM_TEXT_MAX * 4)
      .optional(),
    voice_data: z.string().min(1).optional().describe("Base64-encoded audio (ogg/opus, webm, mp3, wav, m4a)"),
    language: languageSchema.optional(),
    lens: lensSchema.optional().describe("psychological (default), jungian or folk (dream-book tradition)"),
    include_similar: z.boolean().optional().default(false),
  })
  .superRefine((body, ctx) => {
    if (body.voice_data !== undefined) return;
    const result = dreamTextSchema.safeParse(body.text ?? "");
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: ["text"] });
    }
  });
export type InterpretRequest = z.infer<typeof interpretRequestSchema>;

export const dreamStatusSchema = z.enum(["pending", "done", "failed"]);

export const similarDreamSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  main_symbol: z.string().nullable(),
  similarity: z.number(),
  created_at: z.iso.datetime({ offset: true }),
});
export type SimilarDream = z.infer<typeof similarDreamSchema>;

export const dreamSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  language: languageSchema,
  source: z.enum(["text", "voice"]),
  status: dreamStatusSchema,
  created_at: z.iso.datetime({ offset: true }),
  updated_at: z.iso.datetime({ offset: true }),
  interpretation: interpretationSchema.nullable(),
});
export type Dream = z.infer<typeof dreamSchema>;

export const interpretResponseSchema = z.object({
  dream_id: z.uuid(),
  interpretation: interpretationSchema,
  similar_dreams: z.array(similarDreamSchema),
  daily_limit_remaining: z.number().int().nullable(),
  is_saved: z.boolean(),
});
export type InterpretResponse = z.infer<typeof interpretResponseSchema>;

export const listDreamsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  search: z.string().trim().min(1).max(200).optional(),
  tag: z.string().trim().min(1).max(60).optional(),
});
export type ListDreamsQuery = z.infer<typeof listDreamsQuerySchema>;

export const dreamListSchema = z.object({
  items: z.array(dreamSchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  pages: z.number().int(),
});
export type DreamList = z.infer<typeof dreamListSchema>;

export const updateDreamSchema = z
  .object({
    text: dreamTextSchema.optional(),
    deleted: z.boolean().optional().describe("true: soft-delete (hidden from the journal); false: restore"),
  })
  .refine((b) => b.text !== undefined || b.deleted !== undefined, {
    message: "Provide text to edit, or deleted: true / false",
  });
export type UpdateDream = z.infer<typeof updateDreamSchema>;

export const dreamIdParamsSchema = z.object({ id: z.uuid({ message: "id must be a UUID" }) });
