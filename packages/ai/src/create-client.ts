import OpenAI from "openai";
import type { LlmConfig } from "./llm-config";

/**
 * The OpenAI SDK client: timeouts, retries with exponential backoff and jitter on 429/5xx
 * honouring Retry-After. A provider asking us to wait longer than we will is told not to be
 * retried, so the offline engine can answer at once.
 */
export const createClient = (config: LlmConfig): OpenAI => {
  const guardedFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const retryAfter = Number(response.headers.get("retry-after"));
    if (response.status === 429 && Number.isFinite(retryAfter) && retryAfter > config.maxRetryAfterSeconds) {
      const headers = new Headers(response.headers);
      headers.set("x-should-retry", "false");
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    }
    return response;
  };
  return new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: guardedFetch,
  });
};
