export * from "./load-config";
export * from "./test-targets";
