export * from "./deep-dive";
export * from "./dream";
export * from "./interpretation";
export * from "./symbol";
export * from "./user";
