import { emotionLexicon, symbolLexicon } from "../catalogue/catalogue";
import { findMatches, type Match } from "../catalogue/find-matches";
import type { Intensity } from "../contract/interpretation";
import { isNegated } from "../text/negation";
import { type Token, tokenize } from "../text/tokenize";
import { composeMatches } from "./compose-matches";
import { type DreamCue, detectCues } from "./detect-cues";
import { type ScoredSymbol, scoreSymbols } from "./score-symbols";

export type DetectedEmotion = { slug: string; intensity: Intensity; count: number; firstIndex: number };

export type DreamAnalysis = {
  tokens: Token[];
  symbols: ScoredSymbol[];
  emotions: DetectedEmotion[];
  cues: DreamCue[];
};

const INTENSIFIERS = new Set([
  "очень",
  "сильно",
  "ужасно",
  "жутко",
  "так",
  "такой",
  "такая",
  "невероятно",
  "безумно",
  "совсем",
  "дико",
  "very",
  "so",
  "really",
  "extremely",
  "terribly",
  "incredibly",
  "deeply",
  "truly",
  "totally",
]);

/**
 * Finds the catalogue symbols and the emotions of a dream. Symbols are ranked by salience:
 * repetition, an early first mention, a phrase over a single word, nearby feelings, the
 * symbol's own specificity, and whether it is merely the setting.
 */
export const analyzeDream = (text: string): DreamAnalysis => {
  const { tokens, symbolMatches, emotionMatches } = matchDream(text);
  return {
    tokens,
    symbols: scoreSymbols(symbolMatches, emotionMatches, tokens),
    emotions: rateEmotions(emotionMatches, tokens, text),
    cues: detectCues(tokens),
  };
};

/** The catalogue symbols and emotions of a text, negated ones left out. */
export const matchDream = (
  text: string,
): { tokens: Token[]; symbolMatches: Match[]; emotionMatches: Match[] } => {
  const tokens = tokenize(text);
  const affirmed = (m: Match) => !isNegated(tokens, m.index);
  return {
    tokens,
    symbolMatches: composeMatches(findMatches(tokens, symbolLexicon).filter(affirmed), tokens),
    emotionMatches: findMatches(tokens, emotionLexicon).filter(affirmed),
  };
};

const rateEmotions = (matches: Match[], tokens: Token[], text: string): DetectedEmotion[] => {
  const exclamations = Math.min(3, (text.match(/!/g) ?? []).length);
  const bySlug = new Map<string, { count: number; boost: number; first: number }>();
  for (const m of matches) {
    const before = tokens[m.index - 1]?.word;
    const boost = before && INTENSIFIERS.has(before) ? 1 : 0;
    const entry = bySlug.get(m.slug) ?? { count: 0, boost: 0, first: m.index };
    entry.count++;
    entry.boost += boost;
    bySlug.set(m.slug, entry);
  }
  return [...bySlug.entries()]
    .map(([slug, e]) => {
      const level = e.count + e.boost + (exclamations > 0 ? 0.5 : 0);
      const intensity: Intensity = level >= 3 ? "high" : level >= 2 ? "medium" : "low";
      return { slug, intensity, count: e.count, level, first: e.first };
    })
    .sort((a, b) => b.level - a.level || a.first - b.first)
    .map(({ slug, intensity, count, first }) => ({ slug, intensity, count, firstIndex: first }));
};
