import { type Config, loadConfig, loadTestTargets } from "@razgazdayson/config";
import type { InterpretationEngine } from "@razgazdayson/core";
import { createScratchDatabase } from "@razgazdayson/db/testing";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app";

export const TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

/** Storage targets every API suite runs against: PGlite always, PostgreSQL when given (always in CI). */
export const storageTargets = (): { name: string; url: string | undefined }[] => {
  const { databaseUrl } = loadTestTargets();
  return [
    { name: "pglite", url: undefined },
    ...(databaseUrl ? [{ name: "postgres", url: databaseUrl }] : []),
  ];
};

export type TestApp = { app: FastifyInstance; config: Config; close: () => Promise<void> };

export type TestAppOptions = {
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  env?: Record<string, string>;
  engine?: InterpretationEngine;
  jwtSecret?: string;
};

/** Builds the real app on a fresh database (in-memory PGlite or a scratch PostgreSQL database). */
export const buildTestApp = async (options: TestAppOptions = {}): Promise<TestApp> => {
  const scratch = options.databaseUrl ? await createScratchDatabase(options.databaseUrl) : undefined;
  const config = loadConfig({
    NODE_ENV: "test",
    PGLITE_DIR: "memory://",
    AUTO_MIGRATE: "true",
    RATE_LIMIT_PER_MINUTE: "10000",
    RATE_LIMIT_INTERPRET_PER_MINUTE: "1000",
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  });
  const app = await buildApp({
    config,
    jwtSecret: options.jwtSecret ?? TEST_SECRET,
    ...(options.engine ? { engine: options.engine } : {}),
  });
  await app.ready();
  return {
    app,
    config,
    close: async () => {
      await app.close();
      await scratch?.drop();
    },
  };
};

/** Signs in a new guest and returns its bearer header and tokens. */
export const guest = async (app: FastifyInstance, body: Record<string, unknown> = {}) => {
  const res = await app.inject({ method: "POST", url: "/api/v1/auth/guest", payload: body });
  if (res.statusCode !== 201) throw new Error(`guest sign-in failed: ${res.statusCode} ${res.body}`);
  const json = res.json() as {
    user: { id: string };
    tokens: { access_token: string; refresh_token: string };
  };
  return {
    userId: json.user.id,
    tokens: json.tokens,
    headers: { authorization: `Bearer ${json.tokens.access_token}` },
  };
};

export const RU_DREAM =
  "Мне снилось, что я плыву по тёмной воде, а за мной гналась огромная змея. Мне было очень страшно, но потом я выбрался на берег.";
export const EN_DREAM =
  "I dreamed I was swimming in dark water and a huge snake was chasing me. I was very scared, but then I climbed out onto the shore.";
