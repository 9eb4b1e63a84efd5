import { z } from "zod";

export const liveSchema = z.object({ status: z.literal("ok") });

const check = z.object({ ok: z.boolean(), kind: z.string() });

export const readySchema = z.object({
  status: z.enum(["ok", "degraded", "down"]),
  checks: z.object({ db: check, cache: check, llm: check.extend({ model: z.string() }) }),
});
