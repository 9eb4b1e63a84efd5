import { describe, expect, it } from "vitest";
import { dailyLimitFor, TIER_FEATURES } from "./tiers";

describe("tiers", () => {
  it("limits free and trial per day and leaves pro unlimited", () => {
    const limits = { free: 1, trial: 3 };
    expect(dailyLimitFor("free", limits)).toBe(1);
    expect(dailyLimitFor("trial", limits)).toBe(3);
    expect(dailyLimitFor("pro_monthly", limits)).toBeNull();
    expect(dailyLimitFor("pro_yearly", limits)).toBeNull();
  });

  it("keeps export free and text-to-speech for paying tiers", () => {
    expect(TIER_FEATURES.free.export_data).toBe(true);
    expect(TIER_FEATURES.free.tts_output).toBe(false);
    expect(TIER_FEATURES.pro_monthly.deep_analysis).toBe(true);
  });
});
