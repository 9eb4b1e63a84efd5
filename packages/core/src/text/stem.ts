import { newStemmer } from "snowball-stemmers";
import { IRREGULAR_VERBS } from "./irregular-verbs";

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
