import { type FakeOpenAi, startFakeOpenAi } from "@razgazdayson/ai/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeWav, multipartBody, parseSse } from "./helpers/audio";
import { buildTestApp, guest, RU_DREAM, storageTargets, type TestApp } from "./helpers/build";

const answer = (main: string, text: string) =>
  JSON.stringify({
    main_symbol: main,
    main_symbol_emoji: "🐍",
    interpretation: text,
    emotions: [
      { name: "страх", intensity: "high", meaning: "Страх показывает, где вы чувствуете себя уязвимым." },
    ],
    advice: "Подумайте, что сейчас меняется в вашей жизни.",
    tags: ["змея", "вода"],
    symbols: [{ slug: "snake", name: main, emoji: "🐍", meaning: "Перемена." }],
  });
const TEXT =
  "Змея в тёмной воде часто отражает тревогу о переменах. То, что вы выбрались на берег, говорит о внутренней опоре.";

describe.each(storageTargets())("model provider through the API on $name", ({ url }) => {
  let fake: FakeOpenAi;
  let t: TestApp;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await buildTestApp({
      databaseUrl: url,
      env: {
        LLM_BASE_URL: fake.url,
        OPENAI_API_KEY: "test-key",
        LLM_CHAT_MODEL: "gpt-test",
        LLM_EMBEDDING_MODEL: "embed-test",
        LLM_MAX_RETRIES: "0",
        LLM_CIRCUIT_VOLUME: "1000",
        FREE_DAILY_LIMIT: "50",
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.setDefaultChat({ kind: "content", content: answer("Змея", TEXT) });
  });
  const chats = () => fake.requests.filter((r) => r.path.endsWith("/chat/completions")).length;
  const interpret = (headers: Record<string, string>, payload: object, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: { ...headers, ...extra },
      payload,
    });

  it("interprets with the model, records cost and provider embeddings, and reports it in readiness", async () => {
    const { headers } = await guest(t.app);
    const res = await interpret(headers, { text: RU_DREAM });
    expect(res.statusCode).toBe(201);
    const i = res.json().interpretation;
    expect(i).toMatchObject({
      main_symbol: "Змея",
      ai_model: "gpt-test",
      prompt_version: "llm-v1",
      interpretation: TEXT,
    });
    const rows = (await t.app.database.db.execute(sql`
      select i.cost_usd::float as cost, i.prompt_tokens, e.model from interpretations i
      join dream_embeddings e on e.dream_id = i.dream_id where i.id = ${i.id}`)) as unknown as {
      rows: { cost: number; prompt_tokens: number; model: string }[];
    };
    expect(rows.rows[0]?.cost).toBeGreaterThan(0);
    expect(rows.rows[0]?.prompt_tokens).toBeGreaterThan(0);
    expect(rows.rows[0]?.model).toBe("embed-test@384");
    const ready = (await t.app.inject({ url: "/health/ready" })).json();
    expect(ready.checks.llm).toMatchObject({ kind: "llm", model: "gpt-test" });
  });

  it("serves the second identical dream from the cache and counts hits and misses", async () => {
    const a = await guest(t.app);
    const b = await guest(t.app);
    const text = `${RU_DREAM} Кеш ${Date.now()}`;
    await interpret(a.headers, { text });
    const second = await interpret(b.headers, { text });
    expect(second.statusCode).toBe(201);
    expect(chats()).toBe(1);
    const metrics = (await t.app.inject({ url: "/metrics" })).body;
    expect(metrics).toMatch(/rzd_interpretation_cache_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/rzd_interpretation_cache_total\{result="miss"\} [1-9]/);
    // the cache forgets a dreamer on request (account erasure)
    await t.app.cache.forgetGroup(`user:${b.userId}`);
    await t.app.cache.forgetGroup(`user:${a.userId}`);
    const c = await guest(t.app);
    await interpret(c.headers, { text });
    expect(chats()).toBe(2);
  });

  it("falls back to the offline engine, marked, when the provider fails", async () => {
    fake.setDefaultChat({ kind: "status", status: 500 });
    const { headers } = await guest(t.app);
    const res = await interpret(headers, { text: `${RU_DREAM} ${Date.now()}` });
    expect(res.statusCode).toBe(201);
    expect(res.json().interpretation.ai_model).toBe("local-fallback");
    expect(res.json().interpretation.interpretation).toMatch(/[а-я]/);
  });

  it("streams the interpretation as Server-Sent Events", async () => {
    fake.setDefaultChat({ kind: "content", content: answer("Змея", TEXT), chunkSize: 9 });
    const { headers } = await guest(t.app);
    const res = await interpret(
      headers,
      { text: `${RU_DREAM} ${Date.now()}` },
      { accept: "text/event-stream" },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/event-stream");
    expect(res.headers["x-used-today"]).toBe("1");
    const events = parseSse(res.body);
    expect(events[0]?.event).toBe("dream");
    const done = events.at(-1);
    expect(done?.event).toBe("done");
    const deltas = events.filter((e) => e.event === "delta").map((e) => (e.data as { text: string }).text);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join("")).toBe(
      (done?.data as { interpretation: { interpretation: string } } | undefined)?.interpretation
        .interpretation,
    );
    const errorRes = await interpret(headers, { text: "short" }, { accept: "text/event-stream" });
    expect(errorRes.statusCode).toBe(400);
    expect(errorRes.json().code).toBe("VALIDATION_ERROR");
  });

  it("turns a voice message (base64 or multipart) into a stored dream", async () => {
    fake.setTranscript("Мне снилось, что я еду в поезде через заснеженный лес и смотрю в окно.");
    const { headers } = await guest(t.app);
    const wav = makeWav(2);
    const res = await interpret(headers, { voice_data: wav.toString("base64") });
    expect(res.statusCode).toBe(201);
    const dream = (await t.app.inject({ url: `/api/v1/dreams/${res.json().dream_id}`, headers })).json();
    expect(dream).toMatchObject({
      source: "voice",
      text: "Мне снилось, что я еду в поезде через заснеженный лес и смотрю в окно.",
    });

    const form = multipartBody(
      { field: "audio", filename: "dream.txt", type: "text/plain", data: wav },
      { language: "ru" },
    );
    const upload = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret/voice",
      headers: { ...headers, "content-type": form.contentType },
      payload: form.body,
    });
    expect(upload.statusCode).toBe(201);
    const upload2 = fake.requests.filter((r) => r.path.endsWith("/audio/transcriptions")).at(-1);
    expect(upload2?.raw.toString("latin1")).toContain('filename="dream.wav"');
  });

  it("refuses audio that is not audio, too long, or empty — before calling the provider", async () => {
    const { headers } = await guest(t.app);
    const before = fake.requests.length;
    const fake1 = await interpret(headers, {
      voice_data: Buffer.from("%PDF-1.4 definitely not audio").toString("base64"),
    });
    expect(fake1.statusCode).toBe(415);
    expect(fake1.json().code).toBe("UNSUPPORTED_AUDIO");
    const long = await interpret(headers, { voice_data: makeWav(61, 4000).toString("base64") });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ code: "AUDIO_TOO_LONG", details: { max_seconds: 60 } });
    const notBase64 = await interpret(headers, { voice_data: "@@@ not base64 @@@" });
    expect(notBase64.statusCode).toBe(400);
    const form = multipartBody({
      field: "audio",
      filename: "a.ogg",
      type: "audio/ogg",
      data: Buffer.alloc(0),
    });
    const empty = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret/voice",
      headers: { ...headers, "content-type": form.contentType },
      payload: form.body,
    });
    expect(empty.statusCode).toBe(400);
    expect(fake.requests.length).toBe(before);
  });

  it("reads the interpretation aloud once per voice for Pro-featured tiers, and stores it", async () => {
    const { headers, userId } = await guest(t.app);
    const id = (await interpret(headers, { text: `${RU_DREAM} ${Date.now()}` })).json().dream_id;
    const free = await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/tts?voice=nova`, headers });
    expect(free.statusCode).toBe(403);
    expect(free.json().code).toBe("FEATURE_REQUIRES_PRO");
    await t.app.repos.users.startTrial(userId, 3);
    const first = await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/tts?voice=nova`, headers });
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toBe("audio/mpeg");
    expect(first.headers["x-tts-cache"]).toBe("miss");
    const second = await t.app.inject({
      method: "POST",
      url: `/api/v1/dreams/${id}/tts?voice=nova`,
      headers,
    });
    expect(second.headers["x-tts-cache"]).toBe("hit");
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(fake.requests.filter((r) => r.path.endsWith("/audio/speech"))).toHaveLength(1);
    const bad = await t.app.inject({ method: "POST", url: `/api/v1/dreams/${id}/tts?voice=robot`, headers });
    expect(bad.statusCode).toBe(400);
  });

  it("keeps a dreamer's dreams away from the provider when they ask for it", async () => {
    const { headers, userId } = await guest(t.app);
    await t.app.repos.users.setOfflineOnly(userId, true);
    const res = await interpret(headers, { text: `${RU_DREAM} ${Date.now()}` });
    expect(res.json().interpretation.ai_model).toBe("offline-v1");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("streaming from the offline engine", () => {
  it("gives every client the same event stream without a provider", async () => {
    const t = await buildTestApp();
    try {
      const { headers } = await guest(t.app);
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/dreams/interpret",
        headers: { ...headers, accept: "text/event-stream" },
        payload: { text: RU_DREAM },
      });
      const events = parseSse(res.body);
      expect(events.map((e) => e.event)).toContain("delta");
      const done = events.at(-1)?.data as { interpretation: { interpretation: string; ai_model: string } };
      expect(done.interpretation.ai_model).toBe("offline-v1");
      const text = events
        .filter((e) => e.event === "delta")
        .map((e) => (e.data as { text: string }).text)
        .join("");
      expect(text).toBe(done.interpretation.interpretation);
      const tts = await t.app.inject({
        method: "POST",
        url: `/api/v1/dreams/${(events[0]?.data as { dream_id: string } | undefined)?.dream_id}/tts`,
        headers,
      });
      expect(tts.statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});
