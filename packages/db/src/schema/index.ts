export * from "./billing";
export * from "./columns";
export * from "./dreams";
export * from "./users";
