export * from "./catalogue";
export * from "./catalogue-schema";
export * from "./find-matches";
export * from "./search-symbols";
