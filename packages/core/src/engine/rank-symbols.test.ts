import { describe, expect, it } from "vitest";
import { SYMBOLS } from "../catalogue/catalogue";
import { analyzeDream, matchDream } from "./analyze-dream";
import { RANK_FEATURES, rankCandidates } from "./rank-features";
import { RANKER_WEIGHTS } from "./score-symbols";

const main = (text: string) => analyzeDream(text).symbols[0]?.slug;

describe("symbol ranking", () => {
  it("ships fitted, finite weights for every feature and only for known symbols", () => {
    for (const f of RANK_FEATURES) expect(Number.isFinite(RANKER_WEIGHTS.features[f])).toBe(true);
    const slugs = new Set(SYMBOLS.map((s) => s.slug));
    expect(Object.keys(RANKER_WEIGHTS.slug).filter((s) => !slugs.has(s))).toEqual([]);
    expect(Object.keys(RANKER_WEIGHTS.context).length).toBeGreaterThan(100);
  });

  it("describes each symbol once, with its mentions, setting and surroundings", () => {
    const { tokens, symbolMatches, emotionMatches } = matchDream(
      "Я шла по лесу. И вдруг из кустов выползла змея, огромная. Мне страшно, змея смотрит на меня.",
    );
    const candidates = rankCandidates(symbolMatches, emotionMatches, tokens);
    const snake = candidates.find((c) => c.slug === "snake");
    const forest = candidates.find((c) => c.slug === "forest");
    expect(snake?.count).toBe(2);
    expect(snake?.features.afterTurn).toBe(1);
    expect(snake?.features.feeling).toBeGreaterThan(0);
    expect(forest?.features.setting).toBe(1);
    expect(snake?.context).toContain("n1:ru:огромн");
  });

  it("prefers what acts in the dream over where it happens, in both languages", () => {
    expect(main("Я шла по лесу, и вдруг на меня бросилась огромная собака")).toBe("dog");
    expect(
      main("We were walking through the old house when a huge snake slid out from under the stairs"),
    ).toBe("snake");
  });

  it("matches ambiguous words only in their safe spellings", () => {
    expect(analyzeDream("Лев лежал у меня в гостиной на ковре").symbols.map((s) => s.slug)).toContain("lion");
    expect(analyzeDream("Более того, я шла домой").symbols.map((s) => s.slug)).not.toContain("pain");
    expect(analyzeDream("I tripped on the stairs").symbols.map((s) => s.slug)).not.toContain("vacation");
  });
});
