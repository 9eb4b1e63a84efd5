export * from "./memory-cache";
export * from "./redis-cache";
export * from "./types";
