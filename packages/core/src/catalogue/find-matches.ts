import { stemKey } from "../text/stem";
import type { Token } from "../text/tokenize";
import type { Lexicon } from "./catalogue";

export type Match = {
  slug: string;
  /** Index of the first token of the match. */
  index: number;
  /** Number of tokens covered (phrases cover more than one). */
  length: number;
  /** Content words covered: a real phrase has more than one. */
  content: number;
};

/**
 * Finds lexicon entries in a token stream. Phrases are tried first at each position and
 * consume their tokens, so "teeth falling out" is one match and not three; words inside a
 * phrase that name a different symbol still count for that symbol.
 */
export const findMatches = (tokens: Token[], lexicon: Lexicon): Match[] => {
  const stems = tokens.map(stemKey);
  // an exact spelling ("лев", "гору") wins over the stem, which may belong to another word
  const wordAt = (k: number): string | undefined => {
    const token = tokens[k];
    return (token && lexicon.exact.get(`${token.lang}:${token.word}`)) ?? lexicon.words.get(stems[k] ?? "");
  };
  const matches: Match[] = [];
  let i = 0;
  while (i < stems.length) {
    const candidates = lexicon.phrases.get(stems[i] ?? "");
    const phrase = candidates?.find((p) => p.stems.every((s, k) => stems[i + k] === s));
    if (phrase) {
      matches.push({ slug: phrase.slug, index: i, length: phrase.stems.length, content: phrase.content });
      // a phrase may hold another image ("летала над городом": flying, and the city too)
      for (let k = i; k < i + phrase.stems.length; k++) {
        const inner = wordAt(k);
        if (inner && inner !== phrase.slug) matches.push({ slug: inner, index: k, length: 1, content: 1 });
      }
      i += phrase.stems.length;
      continue;
    }
    const slug = wordAt(i);
    if (slug) matches.push({ slug, index: i, length: 1, content: 1 });
    i++;
  }
  return matches;
};
