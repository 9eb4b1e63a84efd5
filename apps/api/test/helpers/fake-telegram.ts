import { createHash, createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";

/** A real HTTP server speaking the Telegram Bot API methods the platform calls. */
export type FakeTelegram = {
  apiBase: string;
  calls: { method: string; params: Record<string, unknown> }[];
  close: () => Promise<void>;
};

export const BOT_TOKEN = "123456789:TEST-token-for-the-fake-bot-api_0123";
export const BOT_SECRET = "bot-service-secret-0123456789abcdef";

export const startFakeTelegram = async (): Promise<FakeTelegram> => {
  const calls: FakeTelegram["calls"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const match = (req.url ?? "").match(/^\/bot([^/]+)\/(\w+)$/);
      res.setHeader("content-type", "application/json");
      if (!match || match[1] !== BOT_TOKEN) {
        res.statusCode = 401;
        res.end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
        return;
      }
      const method = match[2] ?? "";
      const params = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>)
        : {};
      calls.push({ method, params });
      const results: Record<string, unknown> = {
        createInvoiceLink: `https://t.me/$invoice-${calls.length}`,
        answerPreCheckoutQuery: true,
        refundStarPayment: true,
      };
      if (!(method in results)) {
        res.statusCode = 404;
        res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found: method not found" }));
        return;
      }
      res.end(JSON.stringify({ ok: true, result: results[method] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

const checkString = (fields: Record<string, string>) =>
  Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("\n");

/** Login Widget data signed the way Telegram signs it. */
export const signedLogin = (fields: Record<string, string>, token = BOT_TOKEN) => {
  const secret = createHash("sha256").update(token).digest();
  return { ...fields, hash: createHmac("sha256", secret).update(checkString(fields)).digest("hex") };
};

/** Mini App initData signed the way Telegram signs it. */
export const signedInitData = (fields: Record<string, string>, token = BOT_TOKEN) => {
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  return new URLSearchParams({
    ...fields,
    hash: createHmac("sha256", secret).update(checkString(fields)).digest("hex"),
  }).toString();
};

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The app wired to a fake Bot API, with the bot secret set: what the Telegram suites share. */
export const buildTelegramApp = async (databaseUrl: string | undefined) => {
  const { buildTestApp } = await import("./build");
  const telegram = await startFakeTelegram();
  const t = await buildTestApp({
    databaseUrl,
    env: {
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_BASE: telegram.apiBase,
      BOT_API_SECRET: BOT_SECRET,
      FREE_DAILY_LIMIT: "5",
    },
  });
  return {
    t,
    telegram,
    close: async () => {
      await t.close();
      await telegram.close();
    },
  };
};
