import {
  analyzeDream,
  type DeepDiveResult,
  deepDiveSectionTitles,
  type EngineResult,
  getSymbol,
  type InterpretationDraft,
  type InterpretationEngine,
  type InterpretInput,
  interpretationDraftSchema,
  type StreamEvent,
  type TokenUsage,
} from "@razgazdayson/core";
import CircuitBreaker from "opossum";
import { parse as parsePartial } from "partial-json";
import type { z } from "zod";
import { chatJson } from "./chat-json";
import { createClient } from "./create-client";
import type { LlmConfig } from "./llm-config";
import { modelDeepDiveSchema, modelInterpretationSchema, responseFormat } from "./output-schema";
import { buildDeepDiveMessages, buildInterpretationMessages, PROMPT_CANARY, PROMPT_VERSION } from "./prompts";

export const FALLBACK_MODEL = "local-fallback";

export type LlmEngineOptions = {
  config: LlmConfig;
  /** Answers whenever the provider cannot: errors, bad output, open circuit. */
  fallback: InterpretationEngine;
  onFallback?: (reason: unknown) => void;
};

/** The model's answer did not survive validation, even after one repair attempt. */
export class InvalidModelOutputError extends Error {
  override name = "InvalidModelOutputError";
}

const leaksInstructions = (content: string) =>
  content.includes(PROMPT_CANARY) || /untrusted data between/i.test(content);

/** Parses and validates model JSON; the issues come back as text the model can repair from. */
const validate = <T>(
  schema: z.ZodType<T>,
  content: string,
): { ok: true; value: T } | { ok: false; problem: string } => {
  if (leaksInstructions(content))
    return { ok: false, problem: "The answer repeats the instructions. Answer only about the dream." };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problem: `The answer is not valid JSON: ${(error as Error).message}` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problem: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
  };
};

const addUsage = (a: TokenUsage, b: TokenUsage): TokenUsage => ({
  promptTokens: a.promptTokens + b.promptTokens,
  completionTokens: a.completionTokens + b.completionTokens,
});

/**
 * Interpretation by an OpenAI-compatible chat model: structured output validated against the
 * contract, one repair attempt, then the offline engine as the safety net (marked
 * `local-fallback`). A circuit breaker stops calling a provider that keeps failing.
 */
export const createLlmEngine = (options: LlmEngineOptions): InterpretationEngine => {
  const { config, fallback } = options;
  const client = createClient(config);
  const cost = (usage: TokenUsage) =>
    (usage.promptTokens * config.pricePer1M.input + usage.completionTokens * config.pricePer1M.output) /
    1_000_000;

  /** Asks for JSON, validates it, repairs once. */
  const ask = async <T>(
    schema: z.ZodType<T>,
    name: string,
    messages: ReturnType<typeof buildInterpretationMessages>,
    onContent?: (content: string) => void,
  ): Promise<{ value: T; usage: TokenUsage }> => {
    const format = responseFormat(name, schema);
    const first = await chatJson({
      client,
      model: config.chatModel,
      messages,
      responseFormat: format,
      onContent,
      idleMs: config.streamIdleMs,
    });
    const checked = validate(schema, first.content);
    if (checked.ok) return { value: checked.value, usage: first.usage };
    const repair = await chatJson({
      client,
      model: config.chatModel,
      responseFormat: format,
      idleMs: config.streamIdleMs,
      messages: [
        ...messages,
        { role: "assistant" as const, content: first.content.slice(0, 8000) },
        {
          role: "user" as const,
          content: `That answer was invalid (${checked.problem}). Return the corrected JSON only.`,
        },
      ] as typeof messages,
    });
    const repaired = validate(schema, repair.content);
    if (!repaired.ok) throw new InvalidModelOutputError(repaired.problem);
    return { value: repaired.value, usage: addUsage(first.usage, repair.usage) };
  };

  const breaker = new CircuitBreaker(<T>(run: () => Promise<T>) => run(), {
    timeout: false,
    errorThresholdPercentage: config.circuit.errorThresholdPercentage,
    volumeThreshold: config.circuit.volumeThreshold,
    resetTimeout: config.circuit.resetTimeoutMs,
  });
  const guarded = <T>(run: () => Promise<T>): Promise<T> => breaker.fire(run) as Promise<T>;

  const interpret = async (
    input: InterpretInput,
    onEvent?: (event: StreamEvent) => void,
  ): Promise<EngineResult> => {
    const analysis = analyzeDream(input.text);
    const messages = buildInterpretationMessages({
      text: input.text,
      language: input.language,
      lens: input.lens ?? "psychological",
      analysis,
      history: input.history ?? [],
    });
    let streamed = "";
    const onContent = onEvent
      ? (content: string) => {
          const partial = parsePartial(content) as { interpretation?: unknown } | undefined;
          const text = typeof partial?.interpretation === "string" ? partial.interpretation : "";
          if (text.length > streamed.length && text.startsWith(streamed)) {
            onEvent({ type: "delta", text: text.slice(streamed.length) });
            streamed = text;
          }
        }
      : undefined;
    const { value, usage } = await guarded(() =>
      ask(modelInterpretationSchema, "dream_interpretation", messages, onContent),
    );
    const mainSlug = value.symbols.find((s) => s.name === value.main_symbol)?.slug ?? value.symbols[0]?.slug;
    const draft: InterpretationDraft = interpretationDraftSchema.parse({
      ...value,
      main_symbol_slug: mainSlug && getSymbol(mainSlug) ? mainSlug : null,
      symbols: value.symbols.map((s) => ({ ...s, slug: getSymbol(s.slug) ? s.slug : "other" })),
    });
    if (onEvent && streamed !== draft.interpretation) {
      // a repaired answer differs from what was streamed: send the final text instead
      onEvent({ type: "reset" });
      onEvent({ type: "delta", text: draft.interpretation });
    }
    return {
      draft,
      engine: "llm",
      model: config.chatModel,
      promptVersion: PROMPT_VERSION,
      usage,
      costUsd: cost(usage),
    };
  };

  return {
    name: "llm",
    model: config.chatModel,
    promptVersion: PROMPT_VERSION,
    interpret: async (input, interpretOptions) => {
      const onEvent = interpretOptions?.onEvent;
      try {
        return await interpret(input, onEvent);
      } catch (error) {
        options.onFallback?.(error);
        onEvent?.({ type: "reset" });
        const result = await fallback.interpret(input, interpretOptions);
        return { ...result, engine: FALLBACK_MODEL, model: FALLBACK_MODEL };
      }
    },
    deepDive: async (input): Promise<DeepDiveResult> => {
      try {
        const messages = buildDeepDiveMessages({
          text: input.text,
          language: input.language,
          lens: "jungian",
          analysis: analyzeDream(input.text),
          history: input.history ?? [],
        });
        const { value, usage } = await guarded(() => ask(modelDeepDiveSchema, "dream_deep_dive", messages));
        const { title, questions, ...sections } = value;

        return {
          deepDive: {
            title,
            language: input.language,
            questions,
            sections: deepDiveSectionTitles(input.language).map((s) => ({
              id: s.id,
              title: s.title,
              body: s.id === "questions" ? questions.map((q) => `• ${q}`).join("\n") : sections[s.id],
            })),
          },
          engine: "llm",
          model: config.chatModel,
          usage,
        };
      } catch (error) {
        options.onFallback?.(error);
        const result = await fallback.deepDive(input);
        return { ...result, engine: FALLBACK_MODEL, model: FALLBACK_MODEL };
      }
    },
  };
};
