import { dreamIdParamsSchema, interpretRequestSchema, lensSchema } from "@razgazdayson/core";
import { z } from "zod";

export const interpretBodySchema = interpretRequestSchema;

export const reinterpretBodySchema = z
  .object({ include_similar: z.boolean().optional().default(false), lens: lensSchema.optional() })
  .nullish();

export const idParams = dreamIdParamsSchema;
