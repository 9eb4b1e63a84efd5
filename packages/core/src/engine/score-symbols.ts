import { getSymbol } from "../catalogue/catalogue";
import type { Match } from "../catalogue/find-matches";
import type { Token } from "../text/tokenize";

export type ScoredSymbol = { slug: string; score: number; count: number; firstIndex: number };

/** The ranking's weights, fitted on the training set (packages/core/eval/train.json, npm run tune). */
export type SalienceWeights = {
  position: number;
  phrase: number;
  feeling: number;
  feelingWindow: number;
  setting: number;
  agentAction: number;
  agentImage: number;
  repeatDecay: number;
  salienceExponent: number;
};

export const SALIENCE_WEIGHTS: SalienceWeights = {
  position: 5,
  phrase: 0.3,
  feeling: 0.4,
  feelingWindow: 6,
  setting: 1,
  agentAction: 0.75,
  agentImage: 1,
  repeatDecay: 0.5,
  salienceExponent: 0.5,
};

const AGENT_WINDOW = 2;

/** Prepositions that make a following noun the place of the dream rather than its subject. */
const LOCATIVE = new Set(
  (
    "в во на у по около возле через под над внутри вокруг среди из " +
    "in at on inside through near around into under over across along from by"
  ).split(" "),
);

/** A setting ("в доме", "in the old house") frames the dream; it is less often what it is about. */
const isSetting = (tokens: Token[], index: number): boolean => {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    if (LOCATIVE.has(tokens[i]?.word ?? "")) return true;
  }
  return false;
};

const isAction = (slug: string): boolean => {
  const category = getSymbol(slug)?.category;
  return category === "actions" || category === "states";
};

/**
 * Ranks the symbols of a dream by salience: an early first mention, repetition, a real phrase
 * over a single word, feelings nearby, the symbol's own specificity (catalogue `salience`),
 * a setting counts less, and when an image does the action ("собака бежит", "the plane is
 * falling") the image carries the dream more than the verb.
 */
export const scoreSymbols = (
  matches: Match[],
  emotions: Match[],
  tokens: Token[],
  w: SalienceWeights = SALIENCE_WEIGHTS,
): ScoredSymbol[] => {
  const total = tokens.length;
  const bySlug = new Map<string, ScoredSymbol>();
  for (const m of matches) {
    const position = total > 1 ? 1 - m.index / total : 1;
    const nearFeeling = emotions.some((e) => Math.abs(e.index - m.index) <= w.feelingWindow) ? w.feeling : 0;
    const salience = (getSymbol(m.slug)?.salience ?? 1) ** w.salienceExponent;
    const agentNearby = matches.some(
      (other) =>
        other !== m &&
        Math.abs(other.index - m.index) <= AGENT_WINDOW &&
        isAction(m.slug) !== isAction(other.slug),
    );
    const role = agentNearby ? (isAction(m.slug) ? w.agentAction : w.agentImage) : 1;
    const setting = m.length === 1 && isSetting(tokens, m.index) ? w.setting : 1;
    const base = 1 + (m.content > 1 ? w.phrase : 0) + w.position * position + nearFeeling;
    const repeat = bySlug.get(m.slug);
    // later mentions add less: repetition matters, but a list of one word should not drown the rest
    const weight = (base * salience * setting * role) / (repeat ? 1 + w.repeatDecay * repeat.count : 1);
    if (repeat) {
      repeat.score += weight;
      repeat.count++;
    } else {
      bySlug.set(m.slug, { slug: m.slug, score: weight, count: 1, firstIndex: m.index });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.score - a.score || a.firstIndex - b.firstIndex);
};
