import { loadTestTargets } from "@razgazdayson/config";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedis } from "../redis";
import { createMemoryCache } from "./memory-cache";
import { createRedisCache } from "./redis-cache";
import type { Cache } from "./types";

const { redisUrl } = loadTestTargets();
let redis: Redis | undefined;

const targets: { name: string; make: () => Cache }[] = [
  { name: "memory", make: () => createMemoryCache() },
  ...(redisUrl
    ? [
        {
          name: "redis",
          make: () => createRedisCache(redis as Redis, `rzd:test:${Math.random().toString(36).slice(2)}:`),
        },
      ]
    : []),
];

beforeAll(async () => {
  if (redisUrl) redis = await connectRedis(redisUrl);
});
afterAll(async () => {
  await redis?.quit();
});

describe.each(targets)("cache contract: $name", ({ make }) => {
  it("stores, reads, overwrites and deletes values", async () => {
    const cache = make();
    expect(await cache.get("missing")).toBeNull();
    await cache.set("k", "v1", 60);
    expect(await cache.get("k")).toBe("v1");
    await cache.set("k", "сон 🌙", 60);
    expect(await cache.get("k")).toBe("сон 🌙");
    await cache.delete("k");
    expect(await cache.get("k")).toBeNull();
    expect(await cache.ping()).toBe(true);
  });

  it("forgets every key tracked for a group and nothing else", async () => {
    const cache = make();
    await cache.set("a", "1", 60);
    await cache.set("b", "2", 60);
    await cache.set("c", "3", 60);
    await cache.track("user:1", "a", 60);
    await cache.track("user:1", "b", 60);
    await cache.track("user:2", "c", 60);
    await cache.forgetGroup("user:1");
    expect(await cache.get("a")).toBeNull();
    expect(await cache.get("b")).toBeNull();
    expect(await cache.get("c")).toBe("3");
    await cache.forgetGroup("user:unknown");
  });

  it("expires values after their TTL", async () => {
    const cache = make();
    await cache.set("short", "x", 1);
    expect(await cache.get("short")).toBe("x");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await cache.get("short")).toBeNull();
  });
});

describe("memory cache bound", () => {
  it("evicts the oldest entries past its size", async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set("a", "1", 60);
    await cache.set("b", "2", 60);
    await cache.set("c", "3", 60);
    expect(await cache.get("a")).toBeNull();
    expect(await cache.get("b")).toBe("2");
    expect(await cache.get("c")).toBe("3");
  });
});
