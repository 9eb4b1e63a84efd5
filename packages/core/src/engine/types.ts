import type { DeepDive } from "../contract/deep-dive";
import type { InterpretationDraft, Language, LENSES } from "../contract/interpretation";

export type Lens = (typeof LENSES)[number];

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
  /** Estimated provider cost in USD (0 for the offline engine). */
  costUsd?: number;
};

/**
 * Everything that turns dream text into an interpretation implements this: the offline
 * engine here, model providers elsewhere. The API only ever sees this type.
 */
/** What a streaming engine reports while it writes: new text, or "start over" (a fallback took over). */
export type StreamEvent = { type: "delta"; text: string } | { type: "reset" };

export type InterpretOptions = { onEvent?: ((event: StreamEvent) => void) | undefined };

export type InterpretationEngine = {
  readonly name: string;
  /** Model and prompt version: part of the cache key, so a new prompt never serves old readings. */
  readonly model: string;
  readonly promptVersion: string;
  interpret: (input: InterpretInput, options?: InterpretOptions) => Promise<EngineResult>;
  deepDive: (input: InterpretInput) => Promise<DeepDiveResult>;
};

export type DeepDiveResult = { deepDive: DeepDive; engine: string; model: string; usage: TokenUsage };
