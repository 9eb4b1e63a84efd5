import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dataCheckString } from "./telegram-hash";
import { verifyTelegramLogin } from "./verify-telegram-login";
import { verifyWebAppInitData } from "./verify-webapp-init-data";

const TOKEN = "123456:ABCdefGhIJKlmnoPQRstuVWXyz0123456789";
const now = 1_800_000_000;

/** Signs like Telegram does, so the tests check the algorithm, not a copy of our code. */
const signLogin = (fields: Record<string, string>) => {
  const secret = createHash("sha256").update(TOKEN).digest();
  return { ...fields, hash: createHmac("sha256", secret).update(dataCheckString(fields)).digest("hex") };
};
const signInitData = (fields: Record<string, string>) => {
  const secret = createHmac("sha256", "WebAppData").update(TOKEN).digest();
  const hash = createHmac("sha256", secret).update(dataCheckString(fields)).digest("hex");
  return new URLSearchParams({ ...fields, hash }).toString();
};

describe("Telegram Login Widget", () => {
  const fields = { id: "42", first_name: "Анна", username: "anna", auth_date: String(now - 60) };

  it("accepts correctly signed, fresh data", () => {
    const result = verifyTelegramLogin(signLogin(fields), { botToken: TOKEN, maxAgeSeconds: 86_400, now });
    expect(result).toMatchObject({ ok: true, user: { id: 42, first_name: "Анна", username: "anna" } });
  });

  it("rejects a forged hash, a changed field and a wrong bot token", () => {
    const signed = signLogin(fields);
    expect(
      verifyTelegramLogin(
        { ...signed, hash: "0".repeat(64) },
        { botToken: TOKEN, maxAgeSeconds: 86_400, now },
      ),
    ).toEqual({ ok: false, reason: "bad_hash" });
    expect(
      verifyTelegramLogin({ ...signed, id: "43" }, { botToken: TOKEN, maxAgeSeconds: 86_400, now }),
    ).toEqual({ ok: false, reason: "bad_hash" });
    expect(
      verifyTelegramLogin(signed, { botToken: "999:other-token-other-token-xx", maxAgeSeconds: 86_400, now }),
    ).toEqual({ ok: false, reason: "bad_hash" });
  });

  it("rejects a stale auth_date and malformed data", () => {
    const stale = signLogin({ ...fields, auth_date: String(now - 90_000) });
    expect(verifyTelegramLogin(stale, { botToken: TOKEN, maxAgeSeconds: 86_400, now })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(
      verifyTelegramLogin(
        { id: "x", hash: "abc", auth_date: "1" },
        { botToken: TOKEN, maxAgeSeconds: 86_400, now },
      ),
    ).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("Mini App initData", () => {
  const user = JSON.stringify({ id: 7, first_name: "Ivan", language_code: "en" });

  it("accepts correctly signed, fresh initData with the user's language", () => {
    const initData = signInitData({
      user,
      auth_date: String(now - 10),
      query_id: "AAH",
      start_param: "ref_abc",
    });
    const result = verifyWebAppInitData(initData, { botToken: TOKEN, maxAgeSeconds: 3600, now });
    expect(result).toMatchObject({ ok: true, user: { id: 7, language_code: "en" }, startParam: "ref_abc" });
  });

  it("rejects forged, tampered and expired initData", () => {
    const initData = signInitData({ user, auth_date: String(now - 10) });
    const tampered = initData.replace("Ivan", "Eve");
    expect(verifyWebAppInitData(tampered, { botToken: TOKEN, maxAgeSeconds: 3600, now })).toEqual({
      ok: false,
      reason: "bad_hash",
    });
    const forged = new URLSearchParams({ user, auth_date: String(now), hash: "ab".repeat(32) }).toString();
    expect(verifyWebAppInitData(forged, { botToken: TOKEN, maxAgeSeconds: 3600, now })).toEqual({
      ok: false,
      reason: "bad_hash",
    });
    const old = signInitData({ user, auth_date: String(now - 7200) });
    expect(verifyWebAppInitData(old, { botToken: TOKEN, maxAgeSeconds: 3600, now })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifyWebAppInitData("garbage", { botToken: TOKEN, maxAgeSeconds: 3600, now })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });
});
