import type { LlmSettings } from "@razgazdayson/config";

/** Everything the model providers need, parsed and checked by packages/config. */
export type LlmConfig = LlmSettings;
