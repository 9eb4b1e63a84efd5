import {
  AppError,
  botAuthSchema,
  signInResponseSchema,
  type TelegramAuthFailure,
  telegramLoginSchema,
  verifyTelegramLogin,
  verifyWebAppInitData,
  webAppAuthSchema,
} from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { toUser } from "../../services/mappers";
import { signInWithTelegram, type TelegramIdentity } from "../../services/telegram-sign-in";
import { issueTokens } from "../../services/tokens";
import { errorResponses } from "../shared-schemas";

/** Who signed in, from the Login Widget's or the Mini App's verified user (only the Mini App sends a language). */
const identityOf = (user: {
  id: number;
  first_name?: string | undefined;
  username?: string | undefined;
  language_code?: string | undefined;
}): TelegramIdentity => ({
  telegramId: user.id,
  firstName: user.first_name ?? null,
  username: user.username ?? null,
  languageCode: user.language_code,
});

const REASONS: Record<TelegramAuthFailure, string> = {
  bad_hash: "Telegram signature does not match",
  expired: "Telegram sign-in data is too old; sign in again",
  malformed: "Telegram sign-in data is incomplete",
};

/** Sign-in with Telegram: Login Widget (web), Mini App initData, and the bot service. */
export default async function telegramAuthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { telegram } = app.config;
  const botToken = () => {
    if (!telegram.botToken) {
      throw new AppError("SERVICE_UNAVAILABLE", {
        message: "Telegram sign-in needs TELEGRAM_BOT_TOKEN to be configured",
      });
    }
    return telegram.botToken;
  };
  const signIn = async (
    identity: TelegramIdentity,
    guestUserId: string | undefined,
    referralCode: string | undefined,
  ) => {
    const deps = { repos: app.repos, trialDays: app.config.quota.trialDays, referral: app.config.referral };
    const { user, isNew } = await signInWithTelegram(deps, identity, { guestUserId, referralCode });
    return { user: toUser(user), tokens: await issueTokens(app.tokenIssuer, user.id), is_new_user: isNew };
  };
  const responses = { 200: signInResponseSchema, ...errorResponses(400, 401, 429, 503) };

  r.post(
    "/auth/telegram",
    {
      schema: {
        tags: ["auth"],
        summary: "Sign in with the Telegram Login Widget (a guest's bearer token links its journal)",
        body: telegramLoginSchema,
        response: responses,
      },
    },
    async (request) => {
      const { referral_code: referralCode, ...data } = request.body;
      const result = verifyTelegramLogin(data, {
        botToken: botToken(),
        maxAgeSeconds: telegram.authMaxAgeSeconds,
      });
      if (!result.ok) throw new AppError("UNAUTHORIZED", { message: REASONS[result.reason] });
      return signIn(identityOf(result.user), await app.optionalUserId(request), referralCode);
    },
  );

  r.post(
    "/auth/webapp",
    {
      schema: {
        tags: ["auth"],
        summary: "Sign in from the Telegram Mini App with initData",
        body: webAppAuthSchema,
        response: responses,
      },
    },
    async (request) => {
      const result = verifyWebAppInitData(request.body.init_data, {
        botToken: botToken(),
        maxAgeSeconds: telegram.authMaxAgeSeconds,
      });
      if (!result.ok) throw new AppError("UNAUTHORIZED", { message: REASONS[result.reason] });
      const referral = request.body.referral_code ?? result.startParam;
      return signIn(identityOf(result.user), await app.optionalUserId(request), referral);
    },
  );

  r.post(
    "/auth/bot",
    {
      onRequest: app.requireBotSecret,
      schema: {
        tags: ["auth"],
        summary: "The bot service signs in on behalf of a Telegram user (X-Bot-Secret)",
        body: botAuthSchema,
        response: responses,
      },
    },
    async (request) => {
      const body = request.body;
      const identity = {
        telegramId: body.telegram_id,
        firstName: body.first_name ?? null,
        username: body.username ?? null,
        languageCode: body.language_code,
      };
      return signIn(identity, undefined, body.referral_code);
    },
  );
}
