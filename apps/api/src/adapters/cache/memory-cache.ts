import type { Cache } from "./types";

type Entry = { value: string; expiresAt: number };

/** In-process cache with TTL and a size bound (oldest entries leave first). */
export const createMemoryCache = (options: { maxEntries?: number; now?: () => number } = {}): Cache => {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const groups = new Map<string, Set<string>>();
  return {
    kind: "memory",
    get: async (key) => {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return null;
      }
      return entry.value;
    },
    set: async (key, value, ttlSeconds) => {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    delete: async (key) => {
      entries.delete(key);
    },
    track: async (group, key) => {
      const keys = groups.get(group) ?? new Set<string>();
      keys.add(key);
      groups.set(group, keys);
    },
    forgetGroup: async (group) => {
      for (const key of groups.get(group) ?? []) entries.delete(key);
      groups.delete(group);
    },
    ping: async () => true,
    close: async () => {
      entries.clear();
      groups.clear();
    },
  };
};
