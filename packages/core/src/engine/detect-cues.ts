import { compileLexicon } from "../catalogue/catalogue";
import cuesFile from "../catalogue/cues.json" with { type: "json" };
import { findMatches } from "../catalogue/find-matches";
import { isNegated } from "../text/negation";
import type { Token } from "../text/tokenize";

export const DREAM_CUES = ["nightmare", "recurring", "lucid", "prophetic", "self-harm"] as const;
export type DreamCue = (typeof DREAM_CUES)[number];

const lexicon = compileLexicon(cuesFile.cues);

/**
 * Dream-type cues: a nightmare, a recurring dream, a lucid one, a "prophetic" worry, or words
 * that suggest self-harm (which the reading answers with a gentle pointer to help).
 */
export const detectCues = (tokens: Token[]): DreamCue[] => {
  const found = new Set<DreamCue>();
  for (const match of findMatches(tokens, lexicon)) {
    // "не хочу жить" is itself negated, so negation is only checked for the other cues
    if (match.slug !== "self-harm" && isNegated(tokens, match.index)) continue;
    found.add(match.slug as DreamCue);
  }
  return DREAM_CUES.filter((cue) => found.has(cue));
};
