import type { LlmConfig } from "../src/llm-config";
import type { ModelInterpretation } from "../src/output-schema";

export const testConfig = (baseUrl: string, overrides: Partial<LlmConfig> = {}): LlmConfig => ({
  baseUrl,
  apiKey: "test-key",
  chatModel: "gpt-test",
  embeddingModel: "embed-test",
  transcriptionModel: "whisper-test",
  speechModel: "tts-test",
  providerEmbeddings: true,
  timeoutMs: 2000,
  streamIdleMs: 300,
  maxRetries: 2,
  maxRetryAfterSeconds: 5,
  circuit: { errorThresholdPercentage: 50, volumeThreshold: 1000, resetTimeoutMs: 30_000 },
  pricePer1M: { input: 0.15, output: 0.6 },
  ...overrides,
});

export const validAnswer = (overrides: Partial<ModelInterpretation> = {}): ModelInterpretation => ({
  main_symbol: "Змея",
  main_symbol_emoji: "🐍",
  interpretation:
    "Змея в тёмной воде часто отражает тревогу о переменах, которые уже начались. То, что вы выбрались на берег, говорит о внутреннем ресурсе.",
  emotions: [
    { name: "страх", intensity: "high", meaning: "Страх показывает, где вы чувствуете себя незащищённым." },
  ],
  advice: "Подумайте, какая перемена сейчас тревожит вас больше всего.",
  tags: ["змея", "вода", "страх"],
  symbols: [
    { slug: "snake", name: "Змея", emoji: "🐍", meaning: "Перемена и скрытая тревога." },
    { slug: "water", name: "Вода", emoji: "💧", meaning: "Эмоции и глубина." },
  ],
  ...overrides,
});

export const DREAM =
  "Мне снилось, что я плыву по тёмной воде, а за мной гналась огромная змея. Мне было очень страшно, но я выбрался на берег.";
