export * from "./dream";
export * from "./interpretation";
export * from "./user";
