import type { Config } from "@razgazdayson/config";
import { textMatchesQuery } from "@razgazdayson/core";
import {
  createDatabase,
  createFieldCipher,
  createRepositories,
  type Database,
  type Repositories,
} from "@razgazdayson/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Redis } from "ioredis";
import { type Cache, createMemoryCache, createRedisCache } from "../../adapters/cache";
import { connectRedis } from "../../adapters/redis";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    database: Database;
    repos: Repositories;
    cache: Cache;
    redis: Redis | undefined;
  }
}

export type InfrastructureOptions = { config: Config };

/**
 * Opens the database (PGlite or PostgreSQL) and Redis or the in-memory cache, and closes
 * them with the app. Everything else reaches them
 * through these decorators.
 */
export default fp(
  async (app: FastifyInstance, options: InfrastructureOptions) => {
    const { config } = options;
    const database = await createDatabase({
      url: config.database.url,
      dataDir: config.database.pgliteDir,
      poolSize: config.database.poolSize,
    });
    app.addHook("onClose", () => database.close());
    if (config.database.autoMigrate) await database.migrate();

    const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
    if (redis) app.addHook("onClose", async () => void (await redis.quit().catch(() => undefined)));

    app.decorate("config", config);
    app.decorate("database", database);
    const cipher = createFieldCipher(
      config.encryption.keys.map((k) => ({ id: k.id, key: Buffer.from(k.key, "base64") })),
    );
    app.decorate("repos", createRepositories(database.db, { cipher, matchesText: textMatchesQuery }));
    app.decorate("redis", redis);
    app.decorate("cache", redis ? createRedisCache(redis) : createMemoryCache());
  },
  { name: "infrastructure" },
);
