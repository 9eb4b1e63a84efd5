import { normalizeText } from "./normalize-text";

export type Token = {
  /** Normalized word as written. */
  word: string;
  /** Script of the word, which picks its stemmer. */
  lang: "ru" | "en";
  /** Position among the text's word tokens. */
  index: number;
};

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Splits text into normalized word tokens; each token carries its own script (texts may mix). */
export const tokenize = (text: string): Token[] => {
  const normalized = normalizeText(text).replace(/’/g, "'");
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    tokens.push({ word, lang: CYRILLIC.test(word) ? "ru" : "en", index: tokens.length });
  }
  return tokens;
};
