export * from "./analyze-dream";
export * from "./compose-interpretation";
export * from "./offline-engine";
export * from "./types";
