/** A string key-value cache with expiry: Redis in production, memory embedded. */
export type Cache = {
  readonly kind: "memory" | "redis";
  get: (key: string) => Promise<string | null>;
  set: (key: string, value: string, ttlSeconds: number) => Promise<void>;
  delete: (key: string) => Promise<void>;
  /** Remembers that `key` holds data of `group` (a user), so that the group can be forgotten. */
  track: (group: string, key: string, ttlSeconds: number) => Promise<void>;
  /** Deletes every key tracked for `group`: an erased account leaves nothing behind. */
  forgetGroup: (group: string) => Promise<void>;
  ping: () => Promise<boolean>;
  close: () => Promise<void>;
};
