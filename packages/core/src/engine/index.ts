export * from "./analyze-dream";
export * from "./compose-interpretation";
export * from "./deep-dive";
export * from "./detect-cues";
export * from "./offline-engine";
export * from "./pick-scenario";
export * from "./score-symbols";
export * from "./types";
