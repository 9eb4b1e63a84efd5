import { loadConfig } from "@razgazdayson/config";
import { createScratchDatabase } from "@razgazdayson/db/testing";
import { buildApp } from "../apps/api/src/app";

// The real API on PGlite (in memory) or on a scratch database of BENCH_DATABASE_URL,
// seeded with one user's journal of 40 interpreted dreams.
const adminUrl = process.env.BENCH_DATABASE_URL;
const scratch = adminUrl ? await createScratchDatabase(adminUrl) : undefined;
const config = loadConfig({
  NODE_ENV: "production",
  JWT_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  DATABASE_URL: scratch?.url ?? "postgres://unused",
  ...(scratch ? {} : { PGLITE_DIR: "memory://" }),
  AUTO_MIGRATE: "true",
  LOG_LEVEL: "silent",
  FREE_DAILY_LIMIT: "1000",
  RATE_LIMIT_PER_MINUTE: "100000000",
  RATE_LIMIT_INTERPRET_PER_MINUTE: "1000",
});
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
for (let i = 0; i < 40; i++) {
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
  process.exit(0);
});
