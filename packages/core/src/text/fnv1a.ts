/** 32-bit FNV-1a: a fast, stable hash for choosing phrasings and hashing embedding features. */
export const fnv1a = (text: string, seed = 0x811c9dc5): number => {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};
