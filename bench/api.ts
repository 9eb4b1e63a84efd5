import autocannon from "autocannon";
import { startServer as start, stopServer as stop } from "./processes";

// npm run bench:api — requests/s of GET /health/live (API vs bare node:http, same run) and of
// GET /dreams?limit=20 on PGlite and, when DATABASE_URL is set, PostgreSQL. Each server runs in
// its own process; the load generator runs here. BENCH_SECONDS sets each run's length.
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const load = async (url: string, headers: Record<string, string> = {}) => {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
};

const rows: { name: string; rps: number; p50: number; p99: number }[] = [];

const bare = await start("bench/serve-bare.ts");
const embedded = await start("bench/serve-api.ts", { BENCH_DATABASE_URL: "" });
rows.push({
  name: "node:http  GET /health/live",
  ...(await load(`http://127.0.0.1:${bare.ready.port}/health/live`)),
});
rows.push({
  name: "API        GET /health/live",
  ...(await load(`http://127.0.0.1:${embedded.ready.port}/health/live`)),
});
const auth = { authorization: `Bearer ${embedded.ready.token}` };
rows.push({
  name: "API pglite GET /dreams (20)",
  ...(await load(`http://127.0.0.1:${embedded.ready.port}/api/v1/dreams?limit=20`, auth)),
});
await stop(bare.child);
await stop(embedded.child);

if (process.env.DATABASE_URL) {
  const pgApi = await start("bench/serve-api.ts", { BENCH_DATABASE_URL: process.env.DATABASE_URL });
  rows.push({
    name: "API postgres GET /dreams (20)",
    ...(await load(`http://127.0.0.1:${pgApi.ready.port}/api/v1/dreams?limit=20`, {
      authorization: `Bearer ${pgApi.ready.token}`,
    })),
  });
  await stop(pgApi.child);
}

console.log(`\nbench:api — ${connections} connections, ${seconds} s each, server in its own process\n`);
console.log("scenario                         req/s     p50 ms   p99 ms");
for (const r of rows) {
  console.log(
    `${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(7)}  ${String(r.p99).padStart(7)}`,
  );
}
const [nodeRow, apiRow] = rows;
if (nodeRow && apiRow)
  console.log(`\nAPI / node:http on /health/live: ${(apiRow.rps / nodeRow.rps).toFixed(2)}`);
