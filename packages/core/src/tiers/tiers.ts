export const TIERS = ["free", "trial", "pro_monthly", "pro_yearly"] as const;
export type Tier = (typeof TIERS)[number];

export type FeatureFlags = {
  voice_input: boolean;
  tts_output: boolean;
  deep_analysis: boolean;
  similar_dreams: boolean;
  export_data: boolean;
  priority_support: boolean;
};

const PRO: FeatureFlags = {
  voice_input: true,
  tts_output: true,
  deep_analysis: true,
  similar_dreams: true,
  export_data: true,
  priority_support: true,
};

/** What each tier may do. The journal export stays free: the journal belongs to the dreamer. */
export const TIER_FEATURES: Record<Tier, FeatureFlags> = {
  free: { ...PRO, tts_output: false, deep_analysis: false, priority_support: false },
  trial: { ...PRO, deep_analysis: false, priority_support: false },
  pro_monthly: PRO,
  pro_yearly: PRO,
};

export type DailyLimits = { free: number; trial: number };

/** Dreams per local day for a tier; `null` means unlimited (pro: only the burst limit applies). */
export const dailyLimitFor = (tier: Tier, limits: DailyLimits): number | null => {
  if (tier === "free") return limits.free;
  if (tier === "trial") return limits.trial;
  return null;
};
