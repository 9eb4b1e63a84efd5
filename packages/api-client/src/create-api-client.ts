import type {
  AuthResponse,
  DeepDive,
  Dream,
  DreamList,
  InterpretRequest,
  InterpretResponse,
  ListDreamsQuery,
  Product,
  Stats,
  SymbolDetail,
  subscriptionSchema,
  symbolListSchema,
  Tokens,
  UpdateDream,
  UpdateMe,
  User,
} from "@razgazdayson/core/contract";
import type { z } from "zod";
import { ApiError } from "./api-error";

export type ApiClientOptions = {
  /** Origin of the API, e.g. http://localhost:8000 */
  baseUrl: string;
  /** Current access token, read on every request. */
  getToken?: () => string | undefined;
  fetch?: typeof fetch;
};

export type Quota = { dailyLimit: string | null; usedToday: number | null };

/** Typed client for /api/v1, shared by the bot, the Mini App and the web app. */
export const createApiClient = (options: ApiClientOptions) => {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/$/, "");

  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ data: T; headers: Headers }> => {
    const headers: Record<string, string> = {};
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await doFetch(`${base}/api/v1${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (res.status === 204) return { data: undefined as T, headers: res.headers };
    const json: unknown = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(res.status, json as Record<string, never>);
    return { data: json as T, headers: res.headers };
  };
  const data = async <T>(method: string, path: string, body?: unknown) =>
    (await request<T>(method, path, body)).data;

  return {
    guest: (body: { language?: "ru" | "en"; timezone?: string } = {}) =>
      data<AuthResponse>("POST", "/auth/guest", body),
    refresh: (refreshToken: string) =>
      data<{ user: User; tokens: Tokens }>("POST", "/auth/refresh", { refresh_token: refreshToken }),
    logout: (refreshToken: string) => data<void>("POST", "/auth/logout", { refresh_token: refreshToken }),
    me: () => data<User>("GET", "/auth/me"),

    /** Interprets a dream; also returns the quota headers. */
    interpret: async (body: Partial<InterpretRequest>): Promise<InterpretResponse & { quota: Quota }> => {
      const { data: result, headers } = await request<InterpretResponse>("POST", "/dreams/interpret", body);
      const used = headers.get("x-used-today");
      return {
        ...result,
        quota: { dailyLimit: headers.get("x-daily-limit"), usedToday: used ? Number(used) : null },
      };
    },
    reinterpret: (id: string, body: { include_similar?: boolean } = {}) =>
      data<InterpretResponse>("POST", `/dreams/${encodeURIComponent(id)}/interpret`, body),
    listDreams: (query: Partial<ListDreamsQuery> = {}) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query))
        if (value !== undefined) params.set(key, String(value));
      const qs = params.toString();
      return data<DreamList>("GET", `/dreams${qs ? `?${qs}` : ""}`);
    },
    getDream: (id: string) => data<Dream>("GET", `/dreams/${encodeURIComponent(id)}`),
    updateDream: (id: string, body: UpdateDream) =>
      data<Dream>("PUT", `/dreams/${encodeURIComponent(id)}`, body),
    deleteDream: (id: string) => data<void>("DELETE", `/dreams/${encodeURIComponent(id)}`),
    stats: () => data<Stats>("GET", "/users/stats"),

    signInTelegram: (widgetData: Record<string, string | number>) =>
      data<AuthResponse>("POST", "/auth/telegram", widgetData),
    signInWebApp: (initData: string, referralCode?: string) =>
      data<AuthResponse>("POST", "/auth/webapp", {
        init_data: initData,
        ...(referralCode ? { referral_code: referralCode } : {}),
      }),
    updateMe: (patch: UpdateMe) => data<User>("PATCH", "/users/me", patch),
    exportData: () =>
      data<{ exported_at: string; data: Record<string, unknown[]> }>("GET", "/users/me/export"),
    eraseAccount: () => data<void>("DELETE", "/users/me"),
    subscription: () => data<z.infer<typeof subscriptionSchema>>("GET", "/subscriptions/current"),
    createInvoice: (product: Product) =>
      data<{ invoice_link: string; product: Product; amount: number }>("POST", "/payments/invoice", {
        product,
      }),
    deepDive: (id: string) => data<DeepDive>("POST", `/dreams/${encodeURIComponent(id)}/deep-dive`),
    symbols: (
      query: {
        search?: string;
        category?: string;
        language?: "ru" | "en";
        page?: number;
        limit?: number;
      } = {},
    ) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query))
        if (value !== undefined) params.set(key, String(value));
      return data<z.infer<typeof symbolListSchema>>("GET", `/symbols?${params}`);
    },
    symbol: (slug: string, language: "ru" | "en" = "ru") =>
      data<SymbolDetail>("GET", `/symbols/${encodeURIComponent(slug)}?language=${language}`),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
