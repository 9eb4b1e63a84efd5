import autocannon from "autocannon";
import { startServer, stopServer } from "./processes";

// npm run bench:stream — (1) time from request to the first SSE events at the client, minus the
// fake provider's first-token delay: what the platform itself adds before text flows; (2)
// requests/s of cached interpretations (the same dream again: cache hit, still stored as a dream).
const delay = Number(process.env.BENCH_PROVIDER_DELAY_MS ?? 200);
const runs = Number(process.env.BENCH_RUNS ?? 30);
// each guest may interpret as often as the bench needs (FREE_DAILY_LIMIT is raised in serve-api)
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const targets = ["", ...(process.env.DATABASE_URL ? [process.env.DATABASE_URL] : [])];
for (const databaseUrl of targets) {
  const { child, ready } = await startServer("bench/serve-api.ts", {
    BENCH_PROVIDER_DELAY_MS: String(delay),
    BENCH_DATABASE_URL: databaseUrl,
  });
  const base = `http://127.0.0.1:${ready.port}`;
  const headers = { authorization: `Bearer ${ready.token}`, "content-type": "application/json" };

  const firstEvents: number[] = [];
  const firstText: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/dreams/interpret`, {
      method: "POST",
      headers: { ...headers, accept: "text/event-stream" },
      body: JSON.stringify({
        text: `Мне снилось, что я плыву по тёмной воде, а за мной гонится змея. Номер ${i}`,
      }),
    });
    if (!res.body) throw new Error(`no stream: ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = "";
    let sawEvent = false;
    for await (const chunk of res.body) {
      buffer += decoder.decode(chunk, { stream: true });
      if (!sawEvent && buffer.includes("event: dream")) {
        firstEvents.push(performance.now() - started);
        sawEvent = true;
      }
      if (buffer.includes("event: delta")) {
        firstText.push(performance.now() - started - delay);
        break;
      }
    }
    await res.body.cancel().catch(() => undefined);
  }

  const pct = (values: number[], q: number) =>
    [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))] ?? 0;
  const cachedText = "Мне снилось, что я плыву по тёмной воде, а за мной гонится змея. Один и тот же сон.";
  await fetch(`${base}/api/v1/dreams/interpret`, {
    method: "POST",
    headers,
    body: JSON.stringify({ text: cachedText }),
  });
  // many dreamers telling the same dream: each request is a new guest's, so the reading is shareable
  const tokens: string[] = [];
  for (let batch = 0; batch < 40; batch++) {
    const made = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const res = await fetch(`${base}/api/v1/auth/guest`, { method: "POST" });
        return ((await res.json()) as { tokens: { access_token: string } }).tokens.access_token;
      }),
    );
    tokens.push(...made);
  }
  let next = 0;
  const cached = await autocannon({
    url: `${base}/api/v1/dreams/interpret`,
    method: "POST",
    headers,
    body: JSON.stringify({ text: cachedText }),
    connections: 20,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
        }),
      },
    ],
  });
  await stopServer(child);

  console.log(
    `\nbench:stream on ${ready.kind} — fake provider first-token delay ${delay} ms, ${runs} streamed dreams\n`,
  );
  console.log(
    `first SSE event (dream stored)          p50 ${pct(firstEvents, 0.5).toFixed(1)} ms   p99 ${pct(firstEvents, 0.99).toFixed(1)} ms`,
  );
  console.log(
    `first text event minus provider delay   p50 ${pct(firstText, 0.5).toFixed(1)} ms   p99 ${pct(firstText, 0.99).toFixed(1)} ms`,
  );
  console.log(
    `cached interpretations (stored each time)  ${cached.requests.average.toFixed(0)} req/s, p50 ${cached.latency.p50} ms, p99 ${cached.latency.p99} ms, non-2xx ${cached.non2xx}`,
  );
}
