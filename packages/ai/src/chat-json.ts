import type { TokenUsage } from "@razgazdayson/core";
import type OpenAI from "openai";

type Message = { role: "system" | "user" | "assistant"; content: string };

export type ChatJsonOptions = {
  client: OpenAI;
  model: string;
  messages: Message[];
  responseFormat: {
    type: "json_schema";
    json_schema: { name: string; strict: boolean; schema: Record<string, unknown> };
  };
  /** Streams when given: called with the whole content received so far. */
  onContent?: ((content: string) => void) | undefined;
  idleMs: number;
};

export type ChatJsonResult = { content: string; usage: TokenUsage };

/** Thrown when an open stream goes silent longer than allowed. */
export class StreamIdleError extends Error {
  constructor(ms: number) {
    super(`the model stream was silent for ${ms} ms`);
    this.name = "StreamIdleError";
  }
}

/** One chat-completions call for a JSON answer, streamed (with an idle timeout) or not. */
export const chatJson = async (options: ChatJsonOptions): Promise<ChatJsonResult> => {
  const { client, model, messages, responseFormat } = options;
  if (!options.onContent) {
    const completion = await client.chat.completions.create({
      model,
      messages,
      response_format: responseFormat,
    });
    return {
      content: completion.choices[0]?.message.content ?? "",
      usage: {
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? 0,
      },
    };
  }
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let idle = false;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = true;
      controller.abort();
    }, options.idleMs);
  };
  arm();
  let content = "";
  let usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  try {
    const stream = await client.chat.completions.create(
      {
        model,
        messages,
        response_format: responseFormat,
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal: controller.signal },
    );
    for await (const chunk of stream) {
      arm();
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) {
        content += delta;
        options.onContent(content);
      }
      if (chunk.usage) {
        usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      }
    }
  } catch (error) {
    if (idle) throw new StreamIdleError(options.idleMs);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  // the SDK ends an aborted stream quietly: a silent provider must still count as a failure
  if (idle) throw new StreamIdleError(options.idleMs);
  if (usage.completionTokens === 0) usage = { ...usage, completionTokens: Math.ceil(content.length / 4) };
  return { content, usage };
};
