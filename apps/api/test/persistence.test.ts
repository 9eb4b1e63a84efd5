import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@razgazdayson/config";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { resolveJwtSecret } from "../src/services/resolve-jwt-secret";
import { guest, RU_DREAM } from "./helpers/build";

describe("embedded mode keeps data across restarts", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "rzd-data-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async () => {
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir });
    const app = await buildApp({ config, jwtSecret: resolveJwtSecret(config) });
    await app.ready();
    return app;
  };

  it("stores PGlite under the data folder; dreams and sessions survive a restart", async () => {
    const first = await start();
    expect(first.database.kind).toBe("pglite");
    const { headers } = await guest(first);
    const created = await first.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers,
      payload: { text: RU_DREAM },
    });
    expect(created.statusCode).toBe(201);
    await first.close();

    const second = await start();
    const res = await second.inject({ url: `/api/v1/dreams/${created.json().dream_id}`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toBe(RU_DREAM);
    expect(res.json().interpretation.main_symbol).toBe(created.json().interpretation.main_symbol);
    await second.close();
  });
});
