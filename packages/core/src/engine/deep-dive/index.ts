export * from "./deep-dive";
