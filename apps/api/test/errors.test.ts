import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, guest, RU_DREAM, type TestApp } from "./helpers/build";

describe("error shape for malformed and out-of-place requests", () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "10000" } });
    headers = (await guest(t.app)).headers;
  });
  afterAll(() => t.close());

  const expectShape = (body: Record<string, unknown>, code: string) => {
    expect(body).toMatchObject({ code });
    expect(typeof body.error).toBe("string");
    expect(typeof body.message).toBe("string");
    expect(typeof body.request_id).toBe("string");
    expect(body).toHaveProperty("details");
  };

  it("answers malformed JSON with 400 INVALID_JSON", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: { ...headers, "content-type": "application/json" },
      payload: '{"text": "unterminated',
    });
    expect(res.statusCode).toBe(400);
    expectShape(res.json(), "INVALID_JSON");
  });

  it("answers a body over 1 MiB with 413", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: { ...headers, "content-type": "application/json" },
      payload: JSON.stringify({ text: "a".repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expectShape(res.json(), "PAYLOAD_TOO_LARGE");
  });

  it("answers an unsupported content type with 415", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/dreams/interpret",
      headers: { ...headers, "content-type": "application/xml" },
      payload: "<dream/>",
    });
    expect(res.statusCode).toBe(415);
    expectShape(res.json(), "UNSUPPORTED_MEDIA_TYPE");
  });

  it("answers a request Node cannot parse in the error shape", async () => {
    const raw = await buildTestApp();
    try {
      const address = await raw.app.listen({ host: "127.0.0.1", port: 0 });
      const { port } = new URL(address);
      const response = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.write(Buffer.from("GET /api/v1/dreams?search=змея HTTP/1.1\r\nHost: x\r\n\r\n", "utf8"));
        });
        let data = "";
        socket.on("data", (chunk) => {
          data += chunk.toString("utf8");
        });
        socket.on("end", () => resolve(data));
        socket.on("error", reject);
      });
      expect(response).toMatch(/^HTTP\/1\.1 400/);
      const body = JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4));
      expect(body).toMatchObject({ code: "BAD_REQUEST", error: "Bad Request" });
      expect(typeof body.request_id).toBe("string");
    } finally {
      await raw.close();
    }
  });

  it("answers unknown routes with 404 in the error shape", async () => {
    const res = await t.app.inject({ url: "/api/v1/nothing-here?x=1" });
    expect(res.statusCode).toBe(404);
    expectShape(res.json(), "NOT_FOUND");
    expect(res.json().message).toBe("Route GET /api/v1/nothing-here not found");
  });

  it("echoes a client X-Request-Id and makes one otherwise", async () => {
    const echoed = await t.app.inject({
      url: "/api/v1/nothing",
      headers: { "x-request-id": "client-abc-123" },
    });
    expect(echoed.headers["x-request-id"]).toBe("client-abc-123");
    expect(echoed.json().request_id).toBe("client-abc-123");
    const made = await t.app.inject({ url: "/health/live" });
    expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await t.app.inject({ url: "/health/live", headers: { "x-request-id": "<script>" } });
    expect(hostile.headers["x-request-id"]).not.toContain("<");
  });

  it("limits bursts per IP with 429 and Retry-After", async () => {
    const limited = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "3" } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.app.inject({ method: "POST", url: "/api/v1/auth/guest" })).statusCode);
      }
      expect(codes).toEqual([201, 201, 201, 429, 429]);
      const res = await limited.app.inject({ url: "/api/v1/auth/me" });
      expectShape(res.json(), "RATE_LIMITED");
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it("limits the whole service with a global ceiling", async () => {
    const limited = await buildTestApp({ env: { RATE_LIMIT_GLOBAL_PER_SECOND: "2" } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const ip = `10.0.0.${i + 1}`;
        codes.push(
          (await limited.app.inject({ method: "POST", url: "/api/v1/auth/guest", remoteAddress: ip }))
            .statusCode,
        );
      }
      expect(codes).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });

  it("limits interpretation bursts per user", async () => {
    const limited = await buildTestApp({
      env: { RATE_LIMIT_INTERPRET_PER_MINUTE: "1", FREE_DAILY_LIMIT: "10" },
    });
    try {
      const h = (await guest(limited.app)).headers;
      const send = () =>
        limited.app.inject({
          method: "POST",
          url: "/api/v1/dreams/interpret",
          headers: h,
          payload: { text: RU_DREAM },
        });
      expect((await send()).statusCode).toBe(201);
      const second = await send();
      expect(second.statusCode).toBe(429);
      expect(second.json().code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  });
});
