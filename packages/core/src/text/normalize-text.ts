/** Lower-cases, folds ё→е and collapses whitespace so that matching and caching see one form. */
export const normalizeText = (text: string): string =>
  text.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
