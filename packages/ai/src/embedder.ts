import { embedDream, LOCAL_EMBEDDING_DIMENSIONS, LOCAL_EMBEDDING_MODEL } from "@razgazdayson/core";
import type OpenAI from "openai";

export type Embedding = { model: string; vector: number[] };

/** Turns dream text into a vector; the model name is stored with it (only like is compared with like). */
export type Embedder = { embed: (text: string) => Promise<Embedding> };

export const createLocalEmbedder = (): Embedder => ({
  embed: async (text) => ({ model: LOCAL_EMBEDDING_MODEL, vector: embedDream(text) }),
});

/**
 * Provider embeddings sized to the database column (`dimensions`); a failure falls back to
 * the local embedding, which is then what the row records.
 */
export const createProviderEmbedder = (options: {
  client: OpenAI;
  model: string;
  onFallback?: (error: unknown) => void;
}): Embedder => {
  const local = createLocalEmbedder();
  return {
    embed: async (text) => {
      try {
        const response = await options.client.embeddings.create({
          model: options.model,
          input: text,
          dimensions: LOCAL_EMBEDDING_DIMENSIONS,
          // plain floats: what Ollama, vLLM and LM Studio all return
          encoding_format: "float",
        });
        const vector = response.data[0]?.embedding;
        if (!vector || vector.length !== LOCAL_EMBEDDING_DIMENSIONS) {
          throw new Error(
            `embedding of ${vector?.length ?? 0} dimensions, expected ${LOCAL_EMBEDDING_DIMENSIONS}`,
          );
        }
        return { model: `${options.model}@${LOCAL_EMBEDDING_DIMENSIONS}`, vector };
      } catch (error) {
        options.onFallback?.(error);
        return local.embed(text);
      }
    },
  };
};
