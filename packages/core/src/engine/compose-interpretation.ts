import { getEmotion, getSymbol } from "../catalogue/catalogue";
import type { SymbolEntry } from "../catalogue/catalogue-schema";
import type { Emotion, InterpretationDraft, Language, SymbolRef } from "../contract/interpretation";
import type { DreamAnalysis } from "./analyze-dream";
import { joinList, PHRASES, pick } from "./phrases";
import type { HistorySymbol } from "./types";

export type ComposeOptions = {
  analysis: DreamAnalysis;
  language: Language;
  seed: number;
  history?: HistorySymbol[] | undefined;
};

const MAX_SYMBOLS = 5;

const firstSentence = (text: string): string => text.match(/^.*?[.!?…](?=\s|$)/s)?.[0] ?? text;
const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Writes the interpretation text, advice and tags from an analysis, in the dream's language. */
export const composeInterpretation = ({
  analysis,
  language,
  seed,
  history,
}: ComposeOptions): InterpretationDraft => {
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
  const symbols: SymbolRef[] = entries.map((s) => ({
    slug: s.slug,
    name: s.name[language],
    emoji: s.emoji,
    meaning: s.meaning[language],
  }));

  const paragraphs: string[] = [];
  const main = entries[0];
  if (main) {
    paragraphs.push(
      `${pick(words.openings, seed)(lower(main.name[language]), main.emoji)} ${main.meaning[language]}`,
    );
    const seen = history?.find((h) => h.slug === main.slug);
    if (seen && seen.count > 0) paragraphs.push(words.recurring(lower(main.name[language]), seen.count));
  } else {
    paragraphs.push(words.noSymbol.text);
  }
  const others = entries.slice(1);
  if (others.length > 0) {
    const names = others.map((s) => `${lower(s.name[language])} ${s.emoji}`);
    const second = others[0] as SymbolEntry;
    paragraphs.push(
      `${pick(words.companions, seed >>> 3)(joinList(names, language))} ${words.bridge(lower(second.name[language]))} ${lower(firstSentence(second.meaning[language]))}`,
    );
  }
  paragraphs.push(
    strongest
      ? `${pick(
          words.feelings,
          seed >>> 5,
        )(
          joinList(
            emotions.map((e) => e.name),
            language,
          ),
        )} ${strongest.meaning[language]}`
      : words.noFeelings,
  );
  paragraphs.push(pick(words.closings, seed >>> 7));

  const advice = [main ? main.advice[language] : words.noSymbol.advice];
  if (strongest) advice.push(words.feelingAdvice[strongest.valence]);

  const tags = [
    ...new Set([
      ...entries.map((s) => s.name[language].toLowerCase()),
      ...emotions.slice(0, 2).map((e) => e.name),
    ]),
  ];
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
