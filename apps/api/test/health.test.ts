import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, storageTargets, type TestApp } from "./helpers/build";

describe.each(storageTargets())("health and docs on $name", ({ url }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ databaseUrl: url });
  });
  afterAll(() => t.close());

  it("answers liveness", async () => {
    const res = await t.app.inject({ url: "/health/live" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("reports db, cache and llm in readiness", async () => {
    const res = await t.app.inject({ url: "/health/ready" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe("ok");
    expect(body.checks.db).toEqual({ ok: true, kind: url ? "postgres" : "pglite" });
    expect(body.checks.cache).toEqual({ ok: true, kind: "memory" });
    expect(body.checks.llm.kind).toBe("offline");
  });

  it("serves a complete OpenAPI 3.1 document and Swagger UI", async () => {
    const res = await t.app.inject({ url: "/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    const routes = t.app.printRoutes({ commonPrefix: false });
    for (const path of [
      "/api/v1/auth/guest",
      "/api/v1/auth/me",
      "/api/v1/auth/refresh",
      "/api/v1/auth/logout",
      "/api/v1/dreams/interpret",
      "/api/v1/dreams",
      "/api/v1/dreams/{id}",
      "/api/v1/dreams/{id}/interpret",
      "/api/v1/users/stats",
      "/health/live",
      "/health/ready",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
      for (const operation of Object.values(doc.paths[path]) as { responses: Record<string, unknown> }[]) {
        expect(Object.keys(operation.responses).length, path).toBeGreaterThan(0);
      }
    }
    expect(routes).toContain("/docs");
    const interpret = doc.paths["/api/v1/dreams/interpret"].post;
    expect(interpret.requestBody.content["application/json"].schema.properties.text).toBeDefined();
    expect(
      interpret.responses["201"].content["application/json"].schema.properties.interpretation,
    ).toBeDefined();
    expect(interpret.responses["429"]).toBeDefined();
    const ui = await t.app.inject({ url: "/docs/" });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain("swagger");
  });
});

describe("readiness when the database is down", () => {
  it("answers 503 and names the database", async () => {
    const t = await buildTestApp();
    await t.app.database.close();
    const res = await t.app.inject({ url: "/health/ready" });
    expect(res.statusCode).toBe(503);
    expect(res.json().checks.db.ok).toBe(false);
    expect(res.json().status).toBe("down");
    await t.app.close().catch(() => undefined);
  });
});
