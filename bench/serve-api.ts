import { startFakeOpenAi } from "@razgazdayson/ai/testing";
import { loadConfig } from "@razgazdayson/config";
import { createScratchDatabase } from "@razgazdayson/db/testing";
import { buildApp } from "../apps/api/src/app";

// The real API on PGlite (in memory) or on a scratch database of BENCH_DATABASE_URL,
// seeded with one user's journal of 40 interpreted dreams. With BENCH_PROVIDER_DELAY_MS set,
// it talks to an OpenAI-compatible fake provider (started here) whose first token takes that long.
const adminUrl = process.env.BENCH_DATABASE_URL;
const scratch = adminUrl ? await createScratchDatabase(adminUrl) : undefined;
const providerDelay = process.env.BENCH_PROVIDER_DELAY_MS;
const fake = providerDelay ? await startFakeOpenAi() : undefined;
const config = loadConfig({
  NODE_ENV: "production",
  JWT_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  DATABASE_URL: scratch?.url ?? "postgres://unused",
  ...(scratch ? {} : { PGLITE_DIR: "memory://" }),
  AUTO_MIGRATE: "true",
  LOG_LEVEL: "silent",
  FREE_DAILY_LIMIT: "100000000",
  RATE_LIMIT_PER_MINUTE: "100000000",
  RATE_LIMIT_INTERPRET_PER_MINUTE: "100000000",
  RATE_LIMIT_GLOBAL_PER_SECOND: "100000000",
  ...(fake ? { LLM_BASE_URL: fake.url, OPENAI_API_KEY: "bench", LLM_CHAT_MODEL: "bench-model" } : {}),
});
if (fake) {
  fake.setDefaultChat({
    kind: "content",
    firstTokenDelayMs: Number(providerDelay),
    chunkSize: 16,
    content: JSON.stringify({
      main_symbol: "Змея",
      main_symbol_emoji: "🐍",
      interpretation: "Змея в тёмной воде часто отражает тревогу о переменах. ".repeat(8),
      emotions: [{ name: "страх", intensity: "high", meaning: "Страх показывает уязвимость." }],
      advice: "Подумайте, что меняется.",
      tags: ["змея"],
      symbols: [{ slug: "snake", name: "Змея", emoji: "🐍", meaning: "Перемена." }],
    }),
  });
}
if (!scratch) config.database.url = undefined;
const app = await buildApp({ config, jwtSecret: config.auth.jwtSecret ?? "" });
await app.ready();

const guest = await app.inject({ method: "POST", url: "/api/v1/auth/guest" });
const token = guest.json().tokens.access_token as string;
const texts = [
  "Мне снилось, что я плыву по тёмной воде, а за мной гналась огромная змея.",
  "I was flying over a big city at night and felt completely free and happy.",
  "У меня выпадали зубы, я смотрел в зеркало и не мог остановить это.",
  "I was late for an exam at my old school and could not find the classroom.",
];
for (let i = 0; i < (fake ? 0 : 40); i++) {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/dreams/interpret",
    headers: { authorization: `Bearer ${token}` },
    payload: { text: `${texts[i % texts.length]} (${i})` },
  });
  if (res.statusCode !== 201) throw new Error(`seed failed: ${res.body}`);
}
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const port = address && typeof address === "object" ? address.port : 0;
console.log(`READY ${JSON.stringify({ port, token, kind: app.database.kind })}`);

process.on("SIGTERM", async () => {
  await app.close();
  await scratch?.drop();
  await fake?.close();
  process.exit(0);
});
