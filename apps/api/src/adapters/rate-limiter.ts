import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A named burst limit (points per window) backed by Redis or memory. */
export type RateLimiter = { consume: (key: string) => Promise<RateLimitResult> };

export type RateLimiterOptions = {
  name: string;
  points: number;
  durationSeconds: number;
  redis?: Redis | undefined;
};

export const createRateLimiter = (options: RateLimiterOptions): RateLimiter => {
  const base = {
    keyPrefix: `rzd:rl:${options.name}`,
    points: options.points,
    duration: options.durationSeconds,
  };
  const limiter = options.redis
    ? new RateLimiterRedis({
        ...base,
        storeClient: options.redis,
        // a Redis outage degrades to per-process limits rather than to no limits or errors
        insuranceLimiter: new RateLimiterMemory(base),
      })
    : new RateLimiterMemory(base);
  return {
    consume: async (key) => {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        }
        throw error;
      }
    },
  };
};
