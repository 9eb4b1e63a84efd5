export * from "./client";
export * from "./crypto";
export * from "./repositories";
export * from "./rows";
export * as schema from "./schema";
export { EMBEDDING_DIMENSIONS } from "./schema/columns";
export * from "./scoped";
