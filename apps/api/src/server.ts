import { ConfigError, loadConfig } from "@razgazdayson/config";
import { buildApp } from "./app";
import { resolveJwtSecret } from "./services/resolve-jwt-secret";

const start = async () => {
  const config = loadConfig();
  const app = await buildApp({
    config,
    jwtSecret: resolveJwtSecret(config),
    logger: {
      level: config.logLevel,
      redact: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-bot-secret"]',
        "*.refresh_token",
        "*.access_token",
        "*.init_data",
        "*.hash",
      ],
    },
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    `Razgazdayson API on http://localhost:${config.port} — docs at /docs (database: ${app.database.kind}, cache: ${app.cache.kind}, engine: ${app.ai.engine.name} ${app.ai.engine.model})`,
  );
};

start().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
