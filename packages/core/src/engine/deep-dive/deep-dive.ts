import { getEmotion, getSymbol } from "../../catalogue/catalogue";
import type { SymbolEntry } from "../../catalogue/catalogue-schema";
import type { DeepDive } from "../../contract/deep-dive";
import type { Language } from "../../contract/interpretation";
import { lowerFirst } from "../../text/sentence-case";
import { analyzeDream } from "../analyze-dream";
import { lensText } from "../compose-interpretation";
import { pickScenario } from "../pick-scenario";
import type { HistorySymbol } from "../types";
import { DEEP_DIVE_PHRASES } from "./phrases";

export type DeepDiveInput = { text: string; language: Language; history?: HistorySymbol[] | undefined };

/**
 * The longer, multi-section reading (a paid product): every symbol with its scenario, the
 * archetypes, the emotional arc through the dream, links to waking life, questions for
 * reflection and patterns across the dreamer's journal.
 */
export const deepDiveOffline = ({ text, language, history = [] }: DeepDiveInput): DeepDive => {
  const words = DEEP_DIVE_PHRASES[language];
  const analysis = analyzeDream(text);
  const entries = analysis.symbols
    .slice(0, 6)
    .map((s) => getSymbol(s.slug))
    .filter((s): s is SymbolEntry => s !== undefined);
  const main = entries[0];

  const symbols = entries.length
    ? entries
        .map((s) => {
          const scenario = pickScenario(s, analysis.tokens, language);
          const reading = scenario ? ` ${scenario.title[language]}: ${scenario.reading[language]}` : "";
          return `${s.emoji} ${s.name[language]}. ${s.meaning[language]}${reading}`;
        })
        .join("\n\n")
    : words.noSymbols;

  const archetypes = entries
    .slice(0, 3)
    .map((s) => `${s.emoji} ${s.name[language]}. ${lensText(s, "jungian", language)}`)
    .join("\n\n");

  const ordered = [...analysis.emotions].sort((a, b) => a.firstIndex - b.firstIndex);
  const name = (slug: string | undefined) => (slug ? (getEmotion(slug)?.name[language] ?? slug) : "");
  const first = ordered[0];
  const last = ordered.at(-1);
  const arc =
    !first || !last
      ? words.arcNone
      : first.slug === last.slug
        ? words.arcOne(name(first.slug))
        : words.arcMany(name(first.slug), name(last.slug));

  const waking = main ? `${words.waking[main.category]} ${main.advice[language]}` : words.waking.states;

  const questions = [
    ...(main ? [words.questions.category[main.category]] : []),
    ...(first
      ? [getEmotion(first.slug)?.valence === "positive" ? words.questions.positive : words.questions.negative]
      : []),
    ...(analysis.cues.includes("recurring") ? [words.questions.recurring] : []),
    words.questions.general,
  ];

  const recurring = [...history].sort((a, b) => b.count - a.count).slice(0, 5);
  const patternLines: string[] = [];
  const mainSeen = main ? history.find((h) => h.slug === main.slug) : undefined;
  if (main && mainSeen)
    patternLines.push(words.patternsMain(lowerFirst(main.name[language]), mainSeen.count));
  if (recurring.length > 0) {
    const list = recurring
      .map((h) => {
        const entry = getSymbol(h.slug);
        return entry
          ? `${entry.emoji} ${lowerFirst(entry.name[language])} (${words.times(h.count)})`
          : undefined;
      })
      .filter(Boolean)
      .join(", ");
    if (list) patternLines.push(words.patternsSome(list));
  }

  return {
    title: words.title(main ? main.name[language] : language === "ru" ? "сон" : "dream"),
    language,
    sections: [
      { id: "symbols", title: words.sections.symbols, body: symbols },
      { id: "archetypes", title: words.sections.archetypes, body: archetypes || words.noSymbols },
      { id: "emotional_arc", title: words.sections.emotional_arc, body: arc },
      { id: "waking_life", title: words.sections.waking_life, body: waking },
      { id: "questions", title: words.sections.questions, body: questions.map((q) => `• ${q}`).join("\n") },
      { id: "patterns", title: words.sections.patterns, body: patternLines.join(" ") || words.patternsNone },
    ],
    questions,
  };
};
