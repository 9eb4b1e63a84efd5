import { describe, expect, it } from "vitest";
import { cosineSimilarity, embedDream, LOCAL_EMBEDDING_DIMENSIONS } from "./embed-dream";

/** The same dream told in Russian and in English. */
const SAME_DREAM: [string, string][] = [
  [
    "Мне снилось, что я плыву по тёмной воде, а за мной гналась огромная змея. Было очень страшно.",
    "I dreamed I was swimming in dark water and a huge snake was chasing me. I was very scared.",
  ],
  [
    "У меня выпадали зубы, я смотрел в зеркало и не мог остановить это.",
    "My teeth were falling out, I looked in the mirror and could not stop it.",
  ],
  [
    "Я летала над городом ночью, было легко и радостно.",
    "I was flying over the city at night, it felt light and joyful.",
  ],
  [
    "Я опоздал на экзамен в школе и не мог найти нужный класс, было тревожно.",
    "I was late for an exam at school and couldn't find the right classroom, I felt anxious.",
  ],
  [
    "Мне приснилась покойная бабушка, она стояла в своём старом доме и улыбалась.",
    "I dreamed of my late grandmother, she was standing in her old house and smiling.",
  ],
  [
    "Я стояла голая посреди улицы, и мне было очень стыдно.",
    "I was standing naked in the middle of the street and felt deeply ashamed.",
  ],
  [
    "Мне снилась свадьба, я была невестой в белом платье, все смеялись и танцевали.",
    "I dreamed of a wedding, I was the bride in a white dress, everyone was laughing and dancing.",
  ],
  [
    "Я падал с высокой лестницы и проснулся от страха.",
    "I was falling from a tall staircase and woke up from fear.",
  ],
];

/** Pairs that share nothing of substance. */
const UNRELATED: [string, string][] = [
  [SAME_DREAM[0]?.[0] ?? "", "Я был на свадьбе в ресторане, все танцевали и смеялись, играла музыка."],
  [SAME_DREAM[1]?.[1] ?? "", "I was flying over the city at night, it felt light and joyful."],
  [SAME_DREAM[3]?.[0] ?? "", "Мне приснилась покойная бабушка, она стояла в своём старом доме и улыбалась."],
  [SAME_DREAM[5]?.[1] ?? "", "A big dog was chasing me through the forest."],
  [SAME_DREAM[6]?.[0] ?? "", "My teeth were falling out, I looked in the mirror and could not stop it."],
];

describe("local embedding", () => {
  it("has a fixed dimension and unit length", () => {
    const v = embedDream(SAME_DREAM[0]?.[0] ?? "");
    expect(v).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(embedDream("🌙🌙🌙")).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
  });

  it.each(SAME_DREAM)("places the same dream in Russian and English close together: %s", (ru, en) => {
    expect(cosineSimilarity(embedDream(ru), embedDream(en))).toBeGreaterThanOrEqual(0.75);
  });

  it.each(UNRELATED)("keeps unrelated dreams apart: %s", (a, b) => {
    expect(cosineSimilarity(embedDream(a), embedDream(b))).toBeLessThanOrEqual(0.3);
  });
});
