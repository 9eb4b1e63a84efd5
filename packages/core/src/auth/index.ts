export * from "./telegram-hash";
export * from "./verify-telegram-login";
export * from "./verify-webapp-init-data";
