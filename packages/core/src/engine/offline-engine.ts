import { CATALOGUE_VERSION } from "../catalogue/catalogue";
import { interpretationDraftSchema } from "../contract/interpretation";
import { normalizeText } from "../text/normalize-text";
import { analyzeDream } from "./analyze-dream";
import { composeInterpretation } from "./compose-interpretation";
import type { EngineResult, InterpretationEngine, InterpretInput } from "./types";

export const OFFLINE_MODEL = "offline-v1";
export const OFFLINE_PROMPT_VERSION = `offline-${CATALOGUE_VERSION}`;

const hash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** Interprets a dream with no network: the catalogue, text analysis and composed prose. */
export const interpretOffline = (input: InterpretInput): EngineResult => {
  const analysis = analyzeDream(input.text);
  const draft = composeInterpretation({
    analysis,
    language: input.language,
    seed: hash(normalizeText(input.text)),
    history: input.history,
  });
  return {
    draft: interpretationDraftSchema.parse(draft),
    engine: "offline",
    model: OFFLINE_MODEL,
    promptVersion: OFFLINE_PROMPT_VERSION,
    usage: { promptTokens: 0, completionTokens: 0 },
  };
};

/** The offline engine behind the common engine interface. */
export const createOfflineEngine = (): InterpretationEngine => ({
  name: "offline",
  interpret: async (input) => interpretOffline(input),
});
