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

/** True when one of the two words before `index` negates it ("я не боялся", "I wasn't scared"). */
export const isNegated = (tokens: Token[], index: number): boolean => {
  for (let i = Math.max(0, index - 2); i < index; i++) {
    const word = tokens[i]?.word;
    if (word && (NEGATORS.has(word) || word.endsWith("n't"))) return true;
  }
  return false;
};
