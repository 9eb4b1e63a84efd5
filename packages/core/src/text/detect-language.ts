export type DetectedLanguage = "ru" | "en" | "mixed";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Script-based detection: the two product languages use different alphabets, so counting
 * letters is exact and fast. A text with a strong share of both scripts is "mixed".
 */
export const detectLanguage = (text: string): DetectedLanguage => {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
  const letters = cyrillic + latin;
  if (letters === 0) return "mixed";
  if (cyrillic / letters >= 0.7) return "ru";
  if (latin / letters >= 0.7) return "en";
  return "mixed";
};

/** The language a dream is stored and answered in: mixed text goes to its larger script. */
export const primaryLanguage = (text: string): "ru" | "en" => {
  const detected = detectLanguage(text);
  if (detected !== "mixed") return detected;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
  return latin > cyrillic ? "en" : "ru";
};
