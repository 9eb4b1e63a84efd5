import { newStemmer } from "snowball-stemmers";
import { IRREGULAR_VERBS } from "./irregular-verbs";
import type { Token } from "./tokenize";

const stemmers = { ru: newStemmer("russian"), en: newStemmer("english") };
const cache = new Map<string, string>();

/** Snowball stem of one normalized word (English irregular past forms first become the base verb), memoized (the vocabulary of dreams is small). */
export const stem = (word: string, lang: "ru" | "en"): string => {
  const key = `${lang}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = stemmers[lang].stem(lang === "en" ? (IRREGULAR_VERBS.get(word) ?? word) : word);
  if (cache.size < 200_000) cache.set(key, value);
  return value;
};

/** A token's lookup key: its script and stem ("ru:собак", "en:dog"), the unit every lexicon uses. */
export const stemKey = (token: Pick<Token, "word" | "lang">): string =>
  `${token.lang}:${stem(token.word, token.lang)}`;
