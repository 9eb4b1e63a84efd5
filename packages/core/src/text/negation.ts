import type { Token } from "./tokenize";

const NEGATORS = new Set([
  "не",
  "нет",
  "ни",
  "без",
  "not",
  "no",
  "never",
  "without",
  "wasn't",
  "weren't",
  "didn't",
  "don't",
  "isn't",
  "nothing",
  "n't",
]);

/**
 * True when one of the two words before `index`, in the same sentence, negates it ("я не
 * боялся", "I wasn't scared"); "…не так. Зуб выпал" is not a negated tooth.
 */
export const isNegated = (tokens: Token[], index: number): boolean => {
  const sentence = tokens[index]?.sentence;
  for (let i = Math.max(0, index - 2); i < index; i++) {
    const token = tokens[i];
    if (!token || token.sentence !== sentence) continue;
    if (NEGATORS.has(token.word) || token.word.endsWith("n't")) return true;
  }
  return false;
};
