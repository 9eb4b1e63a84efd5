import { stemKey } from "../text/stem";
import { tokenize } from "../text/tokenize";
import {
  categoryFileSchema,
  type EmotionEntry,
  emotionFileSchema,
  type SymbolEntry,
} from "./catalogue-schema";
import emotionsFile from "./emotions.json" with { type: "json" };
import actions from "./symbols/actions.json" with { type: "json" };
import animals from "./symbols/animals.json" with { type: "json" };
import body from "./symbols/body.json" with { type: "json" };
import events from "./symbols/events.json" with { type: "json" };
import house from "./symbols/house.json" with { type: "json" };
import nature from "./symbols/nature.json" with { type: "json" };
import objects from "./symbols/objects.json" with { type: "json" };
import people from "./symbols/people.json" with { type: "json" };
import places from "./symbols/places.json" with { type: "json" };
import states from "./symbols/states.json" with { type: "json" };
import supernatural from "./symbols/supernatural.json" with { type: "json" };
import transport from "./symbols/transport.json" with { type: "json" };

/** A word form or phrase compiled to stems, pointing at the entry it names. */
export type CompiledForm = {
  stems: string[];
  slug: string;
  /** Words of three letters or more: "в саду" is one content word, "выпадают зубы" two. */
  content: number;
};

export type Lexicon = {
  /** Words matched as written, before stemming: `${lang}:${word}` → slug. */
  exact: Map<string, string>;
  /** Single-word forms: `${lang}:${stem}` → slug. */
  words: Map<string, string>;
  /** Multi-word forms by their first stem, longest first so that a phrase wins over its words. */
  phrases: Map<string, CompiledForm[]>;
};

/** Compiles word forms and phrases (any entries with `slug` and `forms`) for `findMatches`. */
export const compileLexicon = (
  entries: readonly {
    slug: string;
    forms: { ru: string[]; en: string[] };
    exact?: { ru: string[]; en: string[] };
  }[],
): Lexicon => {
  const exact = new Map<string, string>();
  const words = new Map<string, string>();
  const phrases = new Map<string, CompiledForm[]>();
  for (const entry of entries) {
    for (const word of [...(entry.exact?.ru ?? []), ...(entry.exact?.en ?? [])]) {
      for (const t of tokenize(word))
        if (!exact.has(`${t.lang}:${t.word}`)) exact.set(`${t.lang}:${t.word}`, entry.slug);
    }
    for (const form of [...entry.forms.ru, ...entry.forms.en]) {
      const tokens = tokenize(form);
      const stems = tokens.map(stemKey);
      const first = stems[0];
      if (first === undefined) continue;
      if (stems.length === 1) {
        if (!words.has(first)) words.set(first, entry.slug);
      } else {
        const list = phrases.get(first) ?? [];
        list.push({ stems, slug: entry.slug, content: tokens.filter((t) => t.word.length > 2).length });
        phrases.set(first, list);
      }
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { exact, words, phrases };
};

const categoryFiles = [
  animals,
  nature,
  people,
  body,
  house,
  places,
  transport,
  objects,
  actions,
  events,
  supernatural,
  states,
];
const emotionCatalogue = emotionFileSchema.parse(emotionsFile);

/** Version of the catalogue data: bump it when entries change so that cached readings expire. */
export const CATALOGUE_VERSION = "2.0.0";
export const SYMBOLS: readonly SymbolEntry[] = categoryFiles.flatMap(
  (file) => categoryFileSchema.parse(file).symbols,
);
export const EMOTIONS: readonly EmotionEntry[] = emotionCatalogue.emotions;

const symbolsBySlug = new Map(SYMBOLS.map((s) => [s.slug, s]));
const emotionsBySlug = new Map(EMOTIONS.map((e) => [e.slug, e]));

export const symbolLexicon: Lexicon = compileLexicon(SYMBOLS);
export const emotionLexicon: Lexicon = compileLexicon(EMOTIONS);

export const getSymbol = (slug: string): SymbolEntry | undefined => symbolsBySlug.get(slug);
export const getEmotion = (slug: string): EmotionEntry | undefined => emotionsBySlug.get(slug);
