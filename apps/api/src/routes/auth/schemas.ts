import { tokensSchema, userSchema } from "@razgazdayson/core";
import { z } from "zod";

export const refreshResponseSchema = z.object({ user: userSchema, tokens: tokensSchema });
