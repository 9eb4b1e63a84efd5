import type { Tier } from "@razgazdayson/core";
import type { UserRow } from "@razgazdayson/db";

/** The tier a user is on right now: a running trial, otherwise free. */
export const tierOf = (user: Pick<UserRow, "trialEndsAt">, now = new Date()): Tier =>
  user.trialEndsAt && user.trialEndsAt > now ? "trial" : "free";
