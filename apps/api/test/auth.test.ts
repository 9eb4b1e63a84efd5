import { createSigner } from "fast-jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, guest, storageTargets, TEST_SECRET, type TestApp } from "./helpers/build";

describe.each(storageTargets())("auth on $name", ({ url }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ databaseUrl: url });
  });
  afterAll(() => t.close());

  it("creates a guest with tokens and reads it back", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/guest",
      payload: { language: "en", timezone: "Europe/Moscow" },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.is_new_user).toBe(true);
    expect(body.user).toMatchObject({
      language: "en",
      timezone: "Europe/Moscow",
      is_guest: true,
      tier: "free",
    });
    expect(body.tokens).toMatchObject({ token_type: "bearer", expires_in: 1800 });
    const me = await t.app.inject({
      url: "/api/v1/auth/me",
      headers: { authorization: `Bearer ${body.tokens.access_token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(body.user.id);
  });

  it("accepts a guest sign-in without a body and rejects an unknown time zone", async () => {
    const plain = await t.app.inject({ method: "POST", url: "/api/v1/auth/guest" });
    expect(plain.statusCode).toBe(201);
    expect(plain.json().user.timezone).toBe("UTC");
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/guest",
      payload: { timezone: "Mars/Base" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("VALIDATION_ERROR");
  });

  it("rejects missing, forged and expired tokens with 401 in the error shape", async () => {
    const missing = await t.app.inject({ url: "/api/v1/auth/me" });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ code: "UNAUTHORIZED", error: "Unauthorized" });

    const { userId } = await guest(t.app);
    const forged = createSigner({ key: "another-secret-another-secret-another-secret" })({
      sub: userId,
      typ: "access",
    });
    const forgedRes = await t.app.inject({
      url: "/api/v1/auth/me",
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(forgedRes.statusCode).toBe(401);
    expect(forgedRes.json().code).toBe("UNAUTHORIZED");

    const expired = createSigner({ key: TEST_SECRET })({
      sub: userId,
      typ: "access",
      iat: Math.floor(Date.now() / 1000) - 7200,
      exp: Math.floor(Date.now() / 1000) - 3600,
    });
    const expiredRes = await t.app.inject({
      url: "/api/v1/auth/me",
      headers: { authorization: `Bearer ${expired}` },
    });
    expect(expiredRes.statusCode).toBe(401);
    expect(expiredRes.json().code).toBe("TOKEN_EXPIRED");

    const garbage = await t.app.inject({
      url: "/api/v1/auth/me",
      headers: { authorization: "Bearer not.a.jwt" },
    });
    expect(garbage.statusCode).toBe(401);
  });

  it("rotates refresh tokens and revokes the family on replay", async () => {
    const { tokens } = await guest(t.app);
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/refresh",
      payload: { refresh_token: tokens.refresh_token },
    });
    expect(first.statusCode).toBe(200);
    const rotated = first.json().tokens.refresh_token;
    expect(rotated).not.toBe(tokens.refresh_token);

    const replay = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/refresh",
      payload: { refresh_token: tokens.refresh_token },
    });
    expect(replay.statusCode).toBe(401);
    // the replay revoked the whole family, including the token that was still valid
    const after = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/refresh",
      payload: { refresh_token: rotated },
    });
    expect(after.statusCode).toBe(401);
  });

  it("logs out by revoking the refresh token", async () => {
    const { tokens } = await guest(t.app);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      payload: { refresh_token: tokens.refresh_token },
    });
    expect(out.statusCode).toBe(204);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/refresh",
      payload: { refresh_token: tokens.refresh_token },
    });
    expect(res.statusCode).toBe(401);
  });
});
