export * from "./tiers";
