import type { InterpretationDraft, Language } from "../contract/interpretation";

export type Lens = "psychological" | "jungian" | "folk";

/** A symbol the dreamer has met before, with how often (feeds "recurring" remarks). */
export type HistorySymbol = { slug: string; count: number };

export type InterpretInput = {
  text: string;
  language: Language;
  lens?: Lens;
  history?: HistorySymbol[];
  signal?: AbortSignal;
};

export type TokenUsage = { promptTokens: number; completionTokens: number };

export type EngineResult = {
  draft: InterpretationDraft;
  /** Which engine answered: "offline", "llm" or "local-fallback". */
  engine: string;
  model: string;
  promptVersion: string;
  usage: TokenUsage;
};

/**
 * Everything that turns dream text into an interpretation implements this: the offline
 * engine here, model providers elsewhere. The API only ever sees this type.
 */
export type InterpretationEngine = {
  readonly name: string;
  interpret: (input: InterpretInput) => Promise<EngineResult>;
};
