export * from "./deep-dive";
export { deepDiveSectionTitles } from "./phrases";
