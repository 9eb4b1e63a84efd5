import {
  firstSentence,
  getSymbol,
  type Language,
  type SymbolDetail,
  type SymbolEntry,
  type SymbolSummary,
} from "@razgazdayson/core";

export const toSymbolSummary = (entry: SymbolEntry, language: Language): SymbolSummary => ({
  slug: entry.slug,
  category: entry.category,
  emoji: entry.emoji,
  name: entry.name[language],
  summary: firstSentence(entry.meaning[language]),
});

export const toSymbolDetail = (entry: SymbolEntry, language: Language): SymbolDetail => ({
  ...toSymbolSummary(entry, language),
  language,
  name_other: entry.name[language === "ru" ? "en" : "ru"],
  meaning: entry.meaning[language],
  scenarios: entry.scenarios.map((s) => ({ title: s.title[language], reading: s.reading[language] })),
  psychology: entry.psychology?.[language] ?? null,
  folk: entry.folk?.[language] ?? null,
  advice: entry.advice[language],
  related: entry.related.flatMap((slug) => {
    const related = getSymbol(slug);
    return related ? [{ slug, name: related.name[language], emoji: related.emoji }] : [];
  }),
});
