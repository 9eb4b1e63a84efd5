import { CATALOGUE_VERSION } from "../catalogue/catalogue";
import { interpretationDraftSchema } from "../contract/interpretation";
import { fnv1a } from "../text/fnv1a";
import { normalizeText } from "../text/normalize-text";
import { analyzeDream } from "./analyze-dream";
import { composeInterpretation } from "./compose-interpretation";
import { deepDiveOffline } from "./deep-dive";
import type { EngineResult, InterpretationEngine, InterpretInput, StreamEvent } from "./types";

export const OFFLINE_MODEL = "offline-v1";
export const OFFLINE_PROMPT_VERSION = `offline-${CATALOGUE_VERSION}`;

/** Interprets a dream with no network: the catalogue, text analysis and composed prose. */
export const interpretOffline = (input: InterpretInput): EngineResult => {
  const analysis = analyzeDream(input.text);
  const draft = composeInterpretation({
    analysis,
    language: input.language,
    seed: fnv1a(normalizeText(input.text)),
    history: input.history,
    lens: input.lens,
  });
  return {
    draft: interpretationDraftSchema.parse(draft),
    engine: "offline",
    model: OFFLINE_MODEL,
    promptVersion: OFFLINE_PROMPT_VERSION,
    usage: { promptTokens: 0, completionTokens: 0 },
  };
};

/** Streams a finished text in small word groups, so every client has one streaming code path. */
export const emitInChunks = (
  text: string,
  onEvent: (event: StreamEvent) => void,
  wordsPerChunk = 4,
): void => {
  const parts = text.split(/(?<=\s)/);
  for (let i = 0; i < parts.length; i += wordsPerChunk) {
    onEvent({ type: "delta", text: parts.slice(i, i + wordsPerChunk).join("") });
  }
};

/** The offline engine behind the common engine interface. */
export const createOfflineEngine = (): InterpretationEngine => ({
  name: "offline",
  model: OFFLINE_MODEL,
  promptVersion: OFFLINE_PROMPT_VERSION,
  interpret: async (input, options) => {
    const result = interpretOffline(input);
    if (options?.onEvent) emitInChunks(result.draft.interpretation, options.onEvent);
    return result;
  },
  deepDive: async (input) => ({
    deepDive: deepDiveOffline(input),
    engine: "offline",
    model: OFFLINE_MODEL,
    usage: { promptTokens: 0, completionTokens: 0 },
  }),
});
