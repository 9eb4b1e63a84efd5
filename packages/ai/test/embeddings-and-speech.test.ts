import { LOCAL_EMBEDDING_MODEL } from "@razgazdayson/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/create-client";
import { createProviderEmbedder } from "../src/embedder";
import { createSpeech } from "../src/speech";
import { FAKE_MP3, type FakeOpenAi, startFakeOpenAi } from "./fake-openai-server";
import { testConfig } from "./fixtures";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

describe("provider embeddings and speech", () => {
  it("asks for embeddings sized to the database column and records the model", async () => {
    const client = createClient(testConfig(fake.url));
    const embedder = createProviderEmbedder({ client, model: "embed-test" });
    const result = await embedder.embed("Мне снилась вода");
    expect(result.model).toBe("embed-test@384");
    expect(result.vector).toHaveLength(384);
    const request = fake.requests.find((r) => r.path.endsWith("/embeddings"));
    expect(request?.body).toMatchObject({ model: "embed-test", dimensions: 384, input: "Мне снилась вода" });
  });

  it("falls back to the local embedding when the provider fails", async () => {
    const client = createClient(testConfig("http://127.0.0.1:9/v1", { maxRetries: 0, timeoutMs: 500 }));
    const errors: unknown[] = [];
    const embedder = createProviderEmbedder({
      client,
      model: "embed-test",
      onFallback: (e) => errors.push(e),
    });
    const result = await embedder.embed("Мне снилась вода");
    expect(result.model).toBe(LOCAL_EMBEDDING_MODEL);
    expect(errors).toHaveLength(1);
  });

  it("transcribes audio sent as multipart and synthesizes speech", async () => {
    const speech = createSpeech({
      client: createClient(testConfig(fake.url)),
      transcriptionModel: "whisper-test",
      speechModel: "tts-test",
    });
    fake.setTranscript("I dreamed of a white horse running along the beach.");
    const text = await speech.transcribe({
      data: Buffer.from("OggS fake audio"),
      filename: "dream.ogg",
      mime: "audio/ogg",
    });
    expect(text).toBe("I dreamed of a white horse running along the beach.");
    const upload = fake.requests.find((r) => r.path.endsWith("/audio/transcriptions"));
    expect(String(upload?.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload?.raw.toString("latin1")).toContain('name="model"');

    const audio = await speech.synthesize("Текст толкования", "nova");
    expect(audio.mime).toBe("audio/mpeg");
    expect(audio.data.equals(FAKE_MP3)).toBe(true);
    const tts = fake.requests.find((r) => r.path.endsWith("/audio/speech"));
    expect(tts?.body).toMatchObject({ model: "tts-test", voice: "nova", input: "Текст толкования" });
  });
});
