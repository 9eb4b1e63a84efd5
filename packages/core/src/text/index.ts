export * from "./detect-language";
export * from "./fnv1a";
export * from "./negation";
export * from "./normalize-text";
export * from "./sentence-case";
export * from "./stem";
export * from "./text-matches-query";
export * from "./tokenize";
