export * from "./account";
export * from "./deep-dive";
export * from "./dream";
export * from "./interpretation";
export * from "./payment";
export * from "./symbol";
export * from "./user";
