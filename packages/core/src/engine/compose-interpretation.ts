import { getEmotion, getSymbol } from "../catalogue/catalogue";
import type { SymbolEntry } from "../catalogue/catalogue-schema";
import type { Emotion, InterpretationDraft, Language, SymbolRef } from "../contract/interpretation";
import { firstSentence, lowerFirst } from "../text/sentence-case";
import type { DreamAnalysis } from "./analyze-dream";
import { joinList, PHRASES, pick } from "./phrases";
import { pickScenario } from "./pick-scenario";
import type { HistorySymbol, Lens } from "./types";

export type ComposeOptions = {
  analysis: DreamAnalysis;
  language: Language;
  seed: number;
  lens?: Lens | undefined;
  history?: HistorySymbol[] | undefined;
};

const MAX_SYMBOLS = 5;

/** The catalogue text of a symbol as the chosen lens reads it. */
export const lensText = (entry: SymbolEntry, lens: Lens, language: Language): string => {
  if (lens === "jungian" && entry.psychology) return entry.psychology[language];
  if (lens === "folk" && entry.folk) return entry.folk[language];
  return entry.meaning[language];
};

/** Writes the interpretation text, advice and tags from an analysis, in the dream's language. */
export const composeInterpretation = (options: ComposeOptions): InterpretationDraft => {
  const { analysis, language, seed, history } = options;
  const lens = options.lens ?? "psychological";
  const words = PHRASES[language];
  const entries = analysis.symbols
    .slice(0, MAX_SYMBOLS)
    .map((s) => getSymbol(s.slug))
    .filter((s): s is SymbolEntry => s !== undefined);
  const emotions: Emotion[] = analysis.emotions.slice(0, 4).flatMap((e) => {
    const entry = getEmotion(e.slug);
    return entry
      ? [{ name: entry.name[language], intensity: e.intensity, meaning: entry.meaning[language] }]
      : [];
  });
  const strongest = analysis.emotions[0] ? getEmotion(analysis.emotions[0].slug) : undefined;

  const paragraphs: string[] = [];
  const main = entries[0];
  if (main) {
    const name = lowerFirst(main.name[language]);
    paragraphs.push(
      `${pick(words.openings[lens], seed)(name, main.emoji)} ${lensText(main, lens, language)}`,
    );
    const scenario = pickScenario(main, analysis.tokens, language);
    if (scenario)
      paragraphs.push(`${words.scenario(scenario.title[language])} ${scenario.reading[language]}`);
    const seen = history?.find((h) => h.slug === main.slug);
    if (seen && seen.count > 0) paragraphs.push(words.recurring(name, seen.count));
  } else {
    paragraphs.push(words.noSymbol.text);
  }
  const others = entries.slice(1);
  const second = others[0];
  if (second) {
    const names = others.map((s) => `${lowerFirst(s.name[language])} ${s.emoji}`);
    const shade = lowerFirst(firstSentence(lensText(second, lens, language)));
    paragraphs.push(
      `${pick(words.companions, seed >>> 3)(joinList(names, language))} ${words.bridge(lowerFirst(second.name[language]))} ${shade}`,
    );
  }
  const feelingNames = joinList(
    emotions.map((e) => e.name),
    language,
  );
  paragraphs.push(
    strongest
      ? `${pick(words.feelings, seed >>> 5)(feelingNames)} ${strongest.meaning[language]}`
      : words.noFeelings,
  );
  for (const cue of analysis.cues) paragraphs.push(words.cues[cue]);
  paragraphs.push(pick(words.closings[lens], seed >>> 7));

  const advice = [main ? main.advice[language] : words.noSymbol.advice];
  if (strongest) advice.push(words.feelingAdvice[strongest.valence]);
  if (analysis.cues.includes("self-harm")) advice.unshift(words.cues["self-harm"]);

  const cueTags = analysis.cues.flatMap((cue) => words.cueTags[cue] ?? []);
  const tags = [
    ...new Set([
      ...entries.map((s) => s.name[language].toLowerCase()),
      ...emotions.slice(0, 2).map((e) => e.name),
      ...cueTags,
    ]),
  ];
  const symbols: SymbolRef[] = entries.map((s) => ({
    slug: s.slug,
    name: s.name[language],
    emoji: s.emoji,
    meaning: s.meaning[language],
  }));
  return {
    main_symbol: main ? main.name[language] : words.noSymbol.name,
    main_symbol_slug: main?.slug ?? null,
    main_symbol_emoji: main?.emoji ?? "🌙",
    interpretation: paragraphs.join("\n\n"),
    emotions,
    advice: advice.join(" "),
    tags,
    symbols,
  };
};
