import { stem } from "../text/stem";
import { tokenize } from "../text/tokenize";
import {
  catalogueFileSchema,
  type EmotionEntry,
  emotionFileSchema,
  type SymbolEntry,
} from "./catalogue-schema";
import emotionsFile from "./emotions.json" with { type: "json" };
import symbolsFile from "./symbols.json" with { type: "json" };

/** A word form or phrase compiled to stems, pointing at the entry it names. */
export type CompiledForm = {
  stems: string[];
  slug: string;
  /** Words of three letters or more: "в саду" is one content word, "выпадают зубы" two. */
  content: number;
};

export type Lexicon = {
  /** Single-word forms: `${lang}:${stem}` → slug. */
  words: Map<string, string>;
  /** Multi-word forms by their first stem, longest first so that a phrase wins over its words. */
  phrases: Map<string, CompiledForm[]>;
};

const compile = (entries: readonly { slug: string; forms: { ru: string[]; en: string[] } }[]): Lexicon => {
  const words = new Map<string, string>();
  const phrases = new Map<string, CompiledForm[]>();
  for (const entry of entries) {
    for (const form of [...entry.forms.ru, ...entry.forms.en]) {
      const tokens = tokenize(form);
      const stems = tokens.map((t) => `${t.lang}:${stem(t.word, t.lang)}`);
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
  return { words, phrases };
};

const catalogue = catalogueFileSchema.parse(symbolsFile);
const emotionCatalogue = emotionFileSchema.parse(emotionsFile);

export const CATALOGUE_VERSION = catalogue.version;
export const SYMBOLS: readonly SymbolEntry[] = catalogue.symbols;
export const EMOTIONS: readonly EmotionEntry[] = emotionCatalogue.emotions;

const symbolsBySlug = new Map(SYMBOLS.map((s) => [s.slug, s]));
const emotionsBySlug = new Map(EMOTIONS.map((e) => [e.slug, e]));

export const symbolLexicon: Lexicon = compile(SYMBOLS);
export const emotionLexicon: Lexicon = compile(EMOTIONS);

export const getSymbol = (slug: string): SymbolEntry | undefined => symbolsBySlug.get(slug);
export const getEmotion = (slug: string): EmotionEntry | undefined => emotionsBySlug.get(slug);
