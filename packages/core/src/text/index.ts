export * from "./detect-language";
export * from "./negation";
export * from "./normalize-text";
export * from "./stem";
export * from "./text-matches-query";
export * from "./tokenize";
