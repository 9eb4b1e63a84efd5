/** A string key-value cache with expiry: Redis in production, memory embedded. */
export type Cache = {
  readonly kind: "memory" | "redis";
  get: (key: string) => Promise<string | null>;
  set: (key: string, value: string, ttlSeconds: number) => Promise<void>;
  delete: (key: string) => Promise<void>;
  ping: () => Promise<boolean>;
  close: () => Promise<void>;
};
