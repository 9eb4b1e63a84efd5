import {
  createClient,
  createLlmEngine,
  createLocalEmbedder,
  createProviderEmbedder,
  createSpeech,
  type Embedder,
  type Speech,
} from "@razgazdayson/ai";
import { createOfflineEngine, type InterpretationEngine } from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    ai: {
      /** The configured engine: a model with the offline engine as its safety net, or offline alone. */
      engine: InterpretationEngine;
      /** For users who never want their dreams sent to an external AI. */
      offline: InterpretationEngine;
      embedder: Embedder;
      /** Speech-to-text and text-to-speech; undefined when no provider is configured. */
      speech: Speech | undefined;
    };
  }
}

export type AiOptions = { engine?: InterpretationEngine | undefined };

/** Model providers from config (OpenAI-compatible), or the offline engine when none is set. */
export default fp(
  async (app: FastifyInstance, options: AiOptions) => {
    const { llm } = app.config;
    const offline = createOfflineEngine();
    if (!llm) {
      app.decorate("ai", {
        engine: options.engine ?? offline,
        offline,
        embedder: createLocalEmbedder(),
        speech: undefined,
      });
      return;
    }
    const client = createClient(llm);
    const onFallback = (what: string) => (error: unknown) => {
      app.metrics.fallbacks.inc({ what });
      app.log.warn({ err: error }, `${what}: provider failed, the offline path answered`);
    };
    app.decorate("ai", {
      engine:
        options.engine ??
        createLlmEngine({ config: llm, fallback: offline, onFallback: onFallback("interpretation") }),
      offline,
      embedder: llm.providerEmbeddings
        ? createProviderEmbedder({ client, model: llm.embeddingModel, onFallback: onFallback("embedding") })
        : createLocalEmbedder(),
      speech: createSpeech({
        client,
        transcriptionModel: llm.transcriptionModel,
        speechModel: llm.speechModel,
      }),
    });
  },
  { name: "ai", dependencies: ["infrastructure", "metrics"] },
);
