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

/** Per-IP and global burst limits on every API request, and a per-user limit for the dream routes. */
export default fp(
  async (app: FastifyInstance) => {
    const { http } = app.config;
    const perIp = createRateLimiter({
      name: "ip",
      points: http.ratePerMinute,
      durationSeconds: 60,
      redis: app.redis,
    });
    // a ceiling for the whole service, shared by every replica through Redis
    const global = createRateLimiter({
      name: "global",
      points: http.globalPerSecond,
      durationSeconds: 1,
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
      const overall = await global.consume("all");
      if (!overall.allowed) throw tooMany(overall.retryAfterSeconds);
    });
  },
  { name: "rate-limit", dependencies: ["infrastructure"] },
);
