import { randomUUID } from "node:crypto";
import { loadTestTargets } from "@razgazdayson/config";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";
import { connectRedis } from "./redis";

const { redisUrl } = loadTestTargets();
let redis: Redis | undefined;
beforeAll(async () => {
  if (redisUrl) redis = await connectRedis(redisUrl);
});
afterAll(async () => {
  await redis?.quit();
});

describe.each([{ name: "memory" }, ...(redisUrl ? [{ name: "redis" }] : [])])(
  "rate limiter contract: $name",
  ({ name }) => {
    it("allows the configured points per window, then tells when to retry", async () => {
      const limiter = createRateLimiter({
        name: `test-${randomUUID()}`,
        points: 2,
        durationSeconds: 30,
        redis: name === "redis" ? redis : undefined,
      });
      expect(await limiter.consume("u1")).toEqual({ allowed: true });
      expect(await limiter.consume("u1")).toEqual({ allowed: true });
      const denied = await limiter.consume("u1");
      expect(denied.allowed).toBe(false);
      if (!denied.allowed) {
        expect(denied.retryAfterSeconds).toBeGreaterThan(0);
        expect(denied.retryAfterSeconds).toBeLessThanOrEqual(30);
      }
      expect(await limiter.consume("u2")).toEqual({ allowed: true });
    });
  },
);
