import type { Redis } from "ioredis";
import type { Cache } from "./types";

/** Cache on a shared Redis connection; keys are namespaced so one Redis can serve several uses. */
export const createRedisCache = (redis: Redis, prefix = "rzd:cache:"): Cache => ({
  kind: "redis",
  get: (key) => redis.get(prefix + key),
  set: async (key, value, ttlSeconds) => {
    await redis.set(prefix + key, value, "EX", Math.max(1, Math.ceil(ttlSeconds)));
  },
  delete: async (key) => {
    await redis.del(prefix + key);
  },
  track: async (group, key, ttlSeconds) => {
    const set = `${prefix}group:${group}`;
    await redis
      .multi()
      .sadd(set, key)
      .expire(set, Math.max(1, Math.ceil(ttlSeconds)))
      .exec();
  },
  forgetGroup: async (group) => {
    const set = `${prefix}group:${group}`;
    const keys = await redis.smembers(set);
    await redis.del(set, ...keys.map((k) => prefix + k));
  },
  ping: async () => {
    try {
      return (await redis.ping()) === "PONG";
    } catch {
      return false;
    }
  },
  close: async () => {},
});
