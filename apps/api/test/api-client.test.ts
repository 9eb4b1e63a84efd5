import { ApiError, createApiClient } from "@razgazdayson/api-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, EN_DREAM, RU_DREAM, type TestApp } from "./helpers/build";

describe("api-client against the API over real HTTP", () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await buildTestApp({ env: { FREE_DAILY_LIMIT: "2" } });
    baseUrl = await t.app.listen({ host: "127.0.0.1", port: 0 });
  });
  afterAll(() => t.close());

  it("walks a new user through the whole journal", async () => {
    let token: string | undefined;
    const client = createApiClient({ baseUrl, getToken: () => token });
    const session = await client.guest({ language: "ru", timezone: "Europe/Moscow" });
    token = session.tokens.access_token;
    expect((await client.me()).id).toBe(session.user.id);

    const ru = await client.interpret({ text: RU_DREAM });
    expect(ru.quota).toEqual({ dailyLimit: "2", usedToday: 1 });
    const en = await client.interpret({ text: EN_DREAM, include_similar: true });
    expect(en.similar_dreams[0]?.id).toBe(ru.dream_id);

    const error = await client.interpret({ text: RU_DREAM }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("DAILY_LIMIT_EXCEEDED");
    expect((error as ApiError).status).toBe(429);

    const list = await client.listDreams({ limit: 10, search: "snake" });
    expect(list.items.map((d) => d.id)).toEqual([en.dream_id]);
    const edited = await client.updateDream(ru.dream_id, {
      text: "Я летал над морем и чувствовал свободу и радость.",
    });
    expect(edited.status).toBe("pending");
    await client.deleteDream(en.dream_id);
    expect((await client.stats()).total_dreams).toBe(1);
    const refreshed = await client.refresh(session.tokens.refresh_token);
    expect(refreshed.user.id).toBe(session.user.id);

    expect((await client.symbols({ search: "змея", limit: 5 })).items[0]?.slug).toBe("snake");
    expect((await client.symbol("water", "en")).name).toBe("Water");
    expect((await client.subscription()).tier).toBe("free");
    expect((await client.updateMe({ timezone: "Europe/Moscow", offline_only: true })).offline_only).toBe(
      true,
    );
    const denied = await client.deepDive(ru.dream_id).catch((e: unknown) => e);
    expect((denied as ApiError).code).toBe("FEATURE_REQUIRES_PRO");
    expect((await client.exportData()).data.dreams).toHaveLength(1);
    await client.eraseAccount();
    expect(((await client.me().catch((e: unknown) => e)) as ApiError).status).toBe(401);
  });
});
