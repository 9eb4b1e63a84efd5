import type { SymbolEntry } from "../catalogue/catalogue-schema";
import type { Language } from "../contract/interpretation";
import { stemKey } from "../text/stem";
import { type Token, tokenize } from "../text/tokenize";

type Scenario = SymbolEntry["scenarios"][number];

const contentStems = (tokens: Token[]): string[] => tokens.filter((t) => t.word.length > 3).map(stemKey);

/**
 * The catalogue scenario of a symbol that the dream resembles most: the one whose title shares
 * the most words with the dream, beyond the symbol's own name. None when nothing is shared.
 */
export const pickScenario = (
  entry: SymbolEntry,
  tokens: Token[],
  language: Language,
): Scenario | undefined => {
  const dream = new Set(contentStems(tokens));
  const own = new Set(
    contentStems(tokenize([entry.name.ru, entry.name.en, ...entry.forms.ru, ...entry.forms.en].join(" "))),
  );
  let best: Scenario | undefined;
  let bestScore = 0;
  for (const scenario of entry.scenarios) {
    const score = contentStems(tokenize(scenario.title[language])).filter(
      (s) => !own.has(s) && dream.has(s),
    ).length;
    if (score > bestScore) {
      best = scenario;
      bestScore = score;
    }
  }
  return best;
};
