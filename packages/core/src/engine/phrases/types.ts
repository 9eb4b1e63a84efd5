import type { DreamCue } from "../detect-cues";
import type { Lens } from "../types";

/** Everything the offline engine says that is not catalogue text, in one language. */
export type Phrases = {
  openings: Record<Lens, ((name: string, emoji: string) => string)[]>;
  scenario: (title: string) => string;
  companions: ((names: string) => string)[];
  bridge: (name: string) => string;
  feelings: ((names: string) => string)[];
  noFeelings: string;
  recurring: (name: string, count: number) => string;
  cues: Record<DreamCue, string>;
  closings: Record<Lens, string[]>;
  noSymbol: { name: string; text: string; advice: string };
  feelingAdvice: Record<"negative" | "positive" | "neutral", string>;
  cueTags: Record<DreamCue, string | null>;
  and: string;
};
