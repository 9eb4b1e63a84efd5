export * from "./chat-json";
export * from "./create-client";
export * from "./embedder";
export * from "./llm-config";
export * from "./llm-engine";
export * from "./output-schema";
export * from "./prompts";
export * from "./speech";
