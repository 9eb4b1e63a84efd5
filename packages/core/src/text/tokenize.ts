import { normalizeText } from "./normalize-text";

export type Token = {
  /** Normalized word as written. */
  word: string;
  /** Script of the word, which picks its stemmer. */
  lang: "ru" | "en";
  /** Position among the text's word tokens. */
  index: number;
  /** Which sentence of the text the word is in (0-based). */
  sentence: number;
};

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const SENTENCE_END = /[.!?…;]/;

/** Splits text into normalized word tokens; each token carries its own script (texts may mix). */
export const tokenize = (text: string): Token[] => {
  const normalized = normalizeText(text).replace(/’/g, "'");
  const tokens: Token[] = [];
  let sentence = 0;
  let end = 0;
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (tokens.length > 0 && SENTENCE_END.test(normalized.slice(end, match.index))) sentence++;
    end = match.index + word.length;
    tokens.push({ word, lang: CYRILLIC.test(word) ? "ru" : "en", index: tokens.length, sentence });
  }
  return tokens;
};
