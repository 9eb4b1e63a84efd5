import { z } from "zod";
import { languageSchema } from "./interpretation";

export const DEEP_DIVE_SECTIONS = [
  "symbols",
  "archetypes",
  "emotional_arc",
  "waking_life",
  "questions",
  "patterns",
] as const;

export const deepDiveSchema = z.object({
  title: z.string(),
  language: languageSchema,
  sections: z.array(z.object({ id: z.enum(DEEP_DIVE_SECTIONS), title: z.string(), body: z.string().min(1) })),
  questions: z.array(z.string()).min(1),
});
export type DeepDive = z.infer<typeof deepDiveSchema>;
