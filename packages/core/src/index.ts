export * from "./catalogue";
export * from "./contract";
export * from "./embedding";
export * from "./engine";
export * from "./errors";
export * from "./journal";
export * from "./text";
export * from "./tiers";
