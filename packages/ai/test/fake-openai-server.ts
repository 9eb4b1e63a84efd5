import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/**
 * A real HTTP server that speaks the OpenAI API the way OpenAI, Ollama, vLLM and LM Studio do:
 * chat completions (JSON and Server-Sent Events), embeddings, multipart transcriptions and
 * speech. Tests script what each next chat call answers; every request is recorded.
 */
export type ChatScript =
  | {
      kind: "content";
      content: string;
      firstTokenDelayMs?: number;
      chunkSize?: number;
      chunkDelayMs?: number;
    }
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: "stall"; content: string; afterChars: number };

export type RecordedRequest = {
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
  raw: Buffer;
};

export type FakeOpenAi = {
  url: string;
  requests: RecordedRequest[];
  /** Queue answers for the next chat completion calls (first in, first out). */
  queueChat: (...scripts: ChatScript[]) => void;
  /** What chat answers when nothing is queued. */
  setDefaultChat: (script: ChatScript) => void;
  setTranscript: (text: string) => void;
  close: () => Promise<void>;
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A deterministic unit vector for a text: the same input always embeds the same way. */
const fakeVector = (text: string, dimensions: number): number[] => {
  const values = Array.from({ length: dimensions }, (_, i) => {
    const h = createHash("sha256")
      .update(`${i}:${text.slice(0, 12)}`)
      .digest();
    return (h.readUInt16BE(0) / 65535) * 2 - 1;
  });
  const norm = Math.hypot(...values);
  return values.map((v) => v / norm);
};

/** Bytes that sniff as MP3 (an ID3 tag followed by MPEG frame headers). */
export const FAKE_MP3 = Buffer.concat([
  Buffer.from("ID3\x04\x00\x00\x00\x00\x00\x00", "binary"),
  Buffer.alloc(4096, Buffer.from([0xff, 0xfb, 0x90, 0x64])),
]);

const usage = (prompt: unknown, content: string) => ({
  prompt_tokens: Math.ceil(JSON.stringify(prompt).length / 4),
  completion_tokens: Math.ceil(content.length / 4),
  total_tokens: Math.ceil(JSON.stringify(prompt).length / 4) + Math.ceil(content.length / 4),
});

export const startFakeOpenAi = async (): Promise<FakeOpenAi> => {
  const requests: RecordedRequest[] = [];
  const queue: ChatScript[] = [];
  let fallback: ChatScript = { kind: "content", content: "{}" };
  let transcript = "Мне снилось, что я плыву по тёмной воде, а за мной гонится огромная змея.";

  const chat = async (res: ServerResponse, body: Record<string, unknown>) => {
    const script = queue.shift() ?? fallback;
    if (script.kind === "status") {
      res.writeHead(script.status, { "content-type": "application/json", ...script.headers });
      res.end(
        JSON.stringify(
          script.body ?? { error: { message: `fake status ${script.status}`, type: "server_error" } },
        ),
      );
      return;
    }
    const base = {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 1_700_000_000,
      model: body.model,
    };
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ...base,
          choices: [
            { index: 0, message: { role: "assistant", content: script.content }, finish_reason: "stop" },
          ],
          usage: usage(body.messages, script.content),
        }),
      );
      return;
    }
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    const delta = (content: string) =>
      send({
        ...base,
        object: "chat.completion.chunk",
        choices: [{ index: 0, delta: { content }, finish_reason: null }],
      });
    if (script.kind === "content" && script.firstTokenDelayMs) await sleep(script.firstTokenDelayMs);
    const text = script.kind === "stall" ? script.content.slice(0, script.afterChars) : script.content;
    const size = script.kind === "content" ? (script.chunkSize ?? 12) : 12;
    for (let i = 0; i < text.length; i += size) {
      delta(text.slice(i, i + size));
      if (script.kind === "content" && script.chunkDelayMs) await sleep(script.chunkDelayMs);
    }
    if (script.kind === "stall") return; // never finishes: the client must time out
    send({
      ...base,
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
    });
    send({ ...base, object: "chat.completion.chunk", choices: [], usage: usage(body.messages, text) });
    res.end("data: [DONE]\n\n");
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const raw = await readBody(req);
      const path = (req.url ?? "").replace(/\?.*$/, "");
      const isJson = (req.headers["content-type"] ?? "").includes("application/json");
      const body = isJson && raw.length ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
      requests.push({ path, headers: req.headers, body, raw });
      if (path.endsWith("/chat/completions")) return await chat(res, body);
      if (path.endsWith("/embeddings")) {
        const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
        const dims = Number(body.dimensions ?? 1536);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            object: "list",
            model: body.model,
            data: inputs.map((text, index) => ({
              object: "embedding",
              index,
              embedding: fakeVector(text, dims),
            })),
            usage: { prompt_tokens: 8, total_tokens: 8 },
          }),
        );
        return;
      }
      if (path.endsWith("/audio/transcriptions")) {
        const form = await new Response(raw, {
          headers: { "content-type": String(req.headers["content-type"]) },
        }).formData();
        const file = form.get("file");
        if (!(file instanceof Blob) || file.size === 0 || !form.get("model")) {
          res.writeHead(400, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { message: "file and model are required" } }));
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ text: transcript }));
        return;
      }
      if (path.endsWith("/audio/speech")) {
        res.writeHead(200, { "content-type": "audio/mpeg" });
        res.end(FAKE_MP3);
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `unknown path ${path}` } }));
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: String(error) } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    queueChat: (...scripts) => queue.push(...scripts),
    setDefaultChat: (script) => {
      fallback = script;
    },
    setTranscript: (text) => {
      transcript = text;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
