import { Redis } from "ioredis";

/** One Redis connection for cache and rate limits; fails fast instead of queueing forever. */
export const connectRedis = async (url: string): Promise<Redis> => {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    connectTimeout: 5000,
  });
  redis.on("error", () => {
    // reconnects on its own; readiness reports the outage
  });
  await redis.connect();
  return redis;
};
