import { z } from "zod";
import { CATEGORIES } from "../catalogue/catalogue-schema";
import { languageSchema } from "./interpretation";

export const symbolQuerySchema = z.object({
  search: z.string().trim().max(100).optional().describe("Name or any word form, Russian or English"),
  category: z.enum(CATEGORIES).optional(),
  language: languageSchema.default("ru"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const symbolSlugParamsSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown symbol slug format"),
});
export const symbolLanguageQuerySchema = z.object({ language: languageSchema.default("ru") });

export const symbolSummarySchema = z.object({
  slug: z.string(),
  category: z.enum(CATEGORIES),
  emoji: z.string(),
  name: z.string(),
  summary: z.string(),
});

export const symbolDetailSchema = symbolSummarySchema.extend({
  language: languageSchema,
  name_other: z.string().describe("The name in the other language"),
  meaning: z.string(),
  scenarios: z.array(z.object({ title: z.string(), reading: z.string() })),
  psychology: z.string().nullable(),
  folk: z.string().nullable().describe("Folk dream-book tradition — tradition, not fact"),
  advice: z.string(),
  related: z.array(z.object({ slug: z.string(), name: z.string(), emoji: z.string() })),
});

export const symbolListSchema = z.object({
  items: z.array(symbolSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  pages: z.number().int(),
});
export type SymbolDetail = z.infer<typeof symbolDetailSchema>;
export type SymbolSummary = z.infer<typeof symbolSummarySchema>;
