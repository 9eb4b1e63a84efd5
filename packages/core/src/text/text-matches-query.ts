import { stemKey } from "./stem";
import { tokenize } from "./tokenize";

const stemsOf = (text: string) => tokenize(text).map(stemKey);

/**
 * Whether a text contains every word of a query, compared by stems in either language: the
 * in-app search used when dream text is encrypted and the database index cannot see words.
 */
export const textMatchesQuery = (query: string, text: string): boolean => {
  const wanted = stemsOf(query);
  if (wanted.length === 0) return false;
  const present = new Set(stemsOf(text));
  return wanted.every((s) => present.has(s));
};
