import { AppError } from "@razgazdayson/core";

export type BotApiConfig = { botToken: string | undefined; apiBase: string };

/** Calls one Telegram Bot API method; Telegram saying no or being unreachable is a 503. */
export const callBotApi = async <T>(
  config: BotApiConfig,
  method: string,
  params: Record<string, unknown>,
): Promise<T> => {
  if (!config.botToken) {
    throw new AppError("SERVICE_UNAVAILABLE", {
      message: "Telegram payments need TELEGRAM_BOT_TOKEN to be configured",
    });
  }
  let body: { ok: boolean; result?: T; description?: string };
  try {
    const res = await fetch(`${config.apiBase}/bot${config.botToken}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(params),
      signal: AbortSignal.timeout(10_000),
    });
    body = (await res.json()) as typeof body;
  } catch (error) {
    throw new AppError("SERVICE_UNAVAILABLE", {
      message: "Telegram is unreachable right now",
      cause: error,
      retryAfterSeconds: 10,
    });
  }
  if (!body.ok || body.result === undefined) {
    throw new AppError("SERVICE_UNAVAILABLE", {
      message: `Telegram refused ${method}: ${body.description ?? "unknown error"}`,
    });
  }
  return body.result;
};
