import type { Language } from "../contract/interpretation";
import { normalizeText } from "../text/normalize-text";
import { stemKey } from "../text/stem";
import { tokenize } from "../text/tokenize";
import { SYMBOLS, symbolLexicon } from "./catalogue";
import type { Category, SymbolEntry } from "./catalogue-schema";

export type SearchSymbolsOptions = {
  query?: string | undefined;
  category?: Category | undefined;
  language: Language;
  page: number;
  limit: number;
};

const formStems = new Map(
  SYMBOLS.map((s) => [
    s.slug,
    new Set(tokenize([...s.forms.ru, ...s.forms.en, s.name.ru, s.name.en].join(" ")).map(stemKey)),
  ]),
);

/**
 * How well a symbol answers a query: its exact name, a name prefix, the symbol that owns the
 * word form in the matcher, then any symbol whose forms share all the query's stems.
 */
const score = (entry: SymbolEntry, query: string, stems: string[]): number => {
  const names = [entry.name.ru, entry.name.en, entry.slug].map(normalizeText);
  if (names.some((n) => n === query)) return 4;
  if (names.some((n) => n.startsWith(query))) return 3;
  if (stems.length === 1 && symbolLexicon.words.get(stems[0] ?? "") === entry.slug) return 2;
  const own = formStems.get(entry.slug);
  return stems.length > 0 && stems.every((s) => own?.has(s)) ? 1 : 0;
};

/** Searches the catalogue in both languages; results are sorted by relevance, then by name. */
export const searchSymbols = (options: SearchSymbolsOptions): { items: SymbolEntry[]; total: number } => {
  const query = normalizeText(options.query ?? "");
  const stems = tokenize(query).map(stemKey);
  const collator = new Intl.Collator(options.language);
  const matches = SYMBOLS.filter((s) => !options.category || s.category === options.category)
    .map((entry) => ({ entry, score: query ? score(entry, query, stems) : 1 }))
    .filter((m) => m.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || collator.compare(a.entry.name[options.language], b.entry.name[options.language]),
    );
  const start = (options.page - 1) * options.limit;
  return { items: matches.slice(start, start + options.limit).map((m) => m.entry), total: matches.length };
};
