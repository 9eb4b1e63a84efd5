import { AppError } from "@razgazdayson/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { createRateLimiter, type RateLimiter } from "../../adapters/rate-limiter";

declare module "fastify" {
  interface FastifyInstance {
    /** Burst limit for dream interpretation, keyed by user. */
    interpretLimiter: RateLimiter;
  }
}

const tooMany = (retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", {
    message: `Too many requests; try again in ${retryAfterSeconds} s`,
    details: { retry_after_seconds: retryAfterSeconds },
    retryAfterSeconds,
  });

/** Per-IP burst limit on every API request, and a per-user limit used by the dream routes. */
export default fp(
  async (app: FastifyInstance) => {
    const { http } = app.config;
    const perIp = createRateLimiter({
      name: "ip",
      points: http.ratePerMinute,
      durationSeconds: 60,
      redis: app.redis,
    });
    const perUser = createRateLimiter({
      name: "interpret",
      points: http.interpretPerMinute,
      durationSeconds: 60,
      redis: app.redis,
    });
    app.decorate("interpretLimiter", {
      consume: async (key: string) => {
        const result = await perUser.consume(key);
        if (!result.allowed) throw tooMany(result.retryAfterSeconds);
        return result;
      },
    });
    app.addHook("onRequest", async (request: FastifyRequest) => {
      if (!request.url.startsWith("/api/")) return;
      const result = await perIp.consume(request.ip);
      if (!result.allowed) throw tooMany(result.retryAfterSeconds);
    });
  },
  { name: "rate-limit", dependencies: ["infrastructure"] },
);
