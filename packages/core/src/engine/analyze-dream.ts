import { emotionLexicon, getSymbol, symbolLexicon } from "../catalogue/catalogue";
import { findMatches, type Match } from "../catalogue/find-matches";
import type { Intensity } from "../contract/interpretation";
import { isNegated } from "../text/negation";
import { type Token, tokenize } from "../text/tokenize";

export type ScoredSymbol = { slug: string; score: number; count: number; firstIndex: number };
export type DetectedEmotion = { slug: string; intensity: Intensity; count: number };

export type DreamAnalysis = {
  tokens: Token[];
  symbols: ScoredSymbol[];
  emotions: DetectedEmotion[];
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

const EMOTION_WINDOW = 6;

/**
 * Finds the catalogue symbols and the emotions of a dream. Symbols are ranked by salience:
 * repetition, an early first mention, a phrase over a single word, and nearby feelings.
 */
export const analyzeDream = (text: string): DreamAnalysis => {
  const tokens = tokenize(text);
  const emotionMatches = findMatches(tokens, emotionLexicon).filter((m) => !isNegated(tokens, m.index));
  const symbolMatches = findMatches(tokens, symbolLexicon).filter((m) => !isNegated(tokens, m.index));
  return {
    tokens,
    symbols: scoreSymbols(symbolMatches, emotionMatches, tokens.length),
    emotions: rateEmotions(emotionMatches, tokens, text),
  };
};

const scoreSymbols = (matches: Match[], emotions: Match[], total: number): ScoredSymbol[] => {
  const bySlug = new Map<string, ScoredSymbol>();
  for (const m of matches) {
    const position = total > 1 ? 1 - m.index / total : 1;
    const nearFeeling = emotions.some((e) => Math.abs(e.index - m.index) <= EMOTION_WINDOW) ? 0.4 : 0;
    const salience = getSymbol(m.slug)?.salience ?? 1;
    const repeat = bySlug.get(m.slug);
    // later mentions add less: repetition matters, but a list of one word should not drown the rest
    const base = 1 + (m.content > 1 ? 0.6 : 0) + 1.2 * position + nearFeeling;
    const weight = (base * salience) / (repeat ? 1 + repeat.count : 1);
    if (repeat) {
      repeat.score += weight;
      repeat.count++;
    } else {
      bySlug.set(m.slug, { slug: m.slug, score: weight, count: 1, firstIndex: m.index });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.score - a.score || a.firstIndex - b.firstIndex);
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
    .map(({ slug, intensity, count }) => ({ slug, intensity, count }));
};
