export * from "./embed-dream";
