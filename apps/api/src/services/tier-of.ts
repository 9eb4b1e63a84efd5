import type { Tier } from "@razgazdayson/core";
import type { UserRow } from "@razgazdayson/db";

/** The tier a user is on right now: an active paid subscription, a running trial, or free. */
export const tierOf = (user: Pick<UserRow, "trialEndsAt" | "proTier">, now = new Date()): Tier =>
  user.proTier ?? (user.trialEndsAt && user.trialEndsAt > now ? "trial" : "free");
