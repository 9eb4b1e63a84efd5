import { getSymbol } from "../catalogue/catalogue";
import type { Match } from "../catalogue/find-matches";
import type { Token } from "../text/tokenize";
import { RANK_FEATURES, type RankFeature, rankCandidates } from "./rank-features";
import rankerFile from "./ranker-weights.json" with { type: "json" };

export type ScoredSymbol = { slug: string; score: number; count: number; firstIndex: number };

/**
 * A linear ranker over the features of `rankCandidates`, plus a learned prior per category and
 * per symbol (how readily it is what a dream is about). Fitted on the training set only
 * (packages/core/eval/train*.json) by `npm run tune`, which rewrites ranker-weights.json.
 */
export type RankerWeights = {
  features: Record<RankFeature, number>;
  category: Record<string, number>;
  slug: Record<string, number>;
  context: Record<string, number>;
};

const fitted: Partial<Record<RankFeature, number>> = rankerFile.features;
export const RANKER_WEIGHTS: RankerWeights = {
  features: Object.fromEntries(RANK_FEATURES.map((f) => [f, fitted[f] ?? 0])) as Record<RankFeature, number>,
  category: rankerFile.category,
  slug: rankerFile.slug,
  context: rankerFile.context,
};

/** Ranks the symbols of a dream, most likely main symbol first (ties: the earlier one). */
export const scoreSymbols = (
  matches: Match[],
  emotions: Match[],
  tokens: Token[],
  w: RankerWeights = RANKER_WEIGHTS,
): ScoredSymbol[] =>
  rankCandidates(matches, emotions, tokens)
    .map((c) => {
      let score = (w.category[getSymbol(c.slug)?.category ?? ""] ?? 0) + (w.slug[c.slug] ?? 0);
      for (const f of RANK_FEATURES) score += w.features[f] * c.features[f];
      for (const key of c.context) score += w.context[key] ?? 0;
      return { slug: c.slug, score, count: c.count, firstIndex: c.firstIndex };
    })
    .sort((a, b) => b.score - a.score || a.firstIndex - b.firstIndex);
