import { describe, expect, it } from "vitest";
import { cosineSimilarity, embedDream, LOCAL_EMBEDDING_DIMENSIONS } from "./embed-dream";

const pairs = [
  [
    "Мне снилось, что я плыву по тёмной воде, а за мной гналась огромная змея. Было очень страшно.",
    "I dreamed I was swimming in dark water and a huge snake was chasing me. I was very scared.",
  ],
  [
    "У меня выпадали зубы, я смотрел в зеркало и не мог остановить это.",
    "My teeth were falling out, I looked in the mirror and could not stop it.",
  ],
];

describe("local embedding", () => {
  it("has a fixed dimension and unit length", () => {
    const v = embedDream(pairs[0]?.[0] ?? "");
    expect(v).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(embedDream("🌙🌙🌙")).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
  });

  it("places the same dream in Russian and English close together", () => {
    for (const [ru, en] of pairs) {
      expect(cosineSimilarity(embedDream(ru ?? ""), embedDream(en ?? ""))).toBeGreaterThan(0.6);
    }
  });

  it("keeps unrelated dreams apart", () => {
    const a = embedDream(pairs[0]?.[0] ?? "");
    const b = embedDream("Я был на свадьбе в ресторане, все танцевали и смеялись, играла музыка.");
    expect(cosineSimilarity(a, b)).toBeLessThan(0.3);
  });
});
