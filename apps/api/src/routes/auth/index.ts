import {
  AppError,
  authResponseSchema,
  guestRequestSchema,
  refreshRequestSchema,
  userSchema,
} from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toUser } from "../../services/mappers";
import { applyReferral } from "../../services/telegram-sign-in";
import { issueTokens, revokeRefreshToken, rotateRefreshToken } from "../../services/tokens";
import { errorResponses } from "../shared-schemas";
import { refreshResponseSchema } from "./schemas";
import telegramAuthRoutes from "./telegram";

export default async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await app.register(telegramAuthRoutes);

  r.post(
    "/auth/guest",
    {
      schema: {
        tags: ["auth"],
        summary: "Create an anonymous account and sign in",
        body: guestRequestSchema,
        response: { 201: authResponseSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const user = await app.repos.users.create({
        language: request.body?.language ?? "ru",
        timezone: request.body?.timezone ?? "UTC",
        isGuest: true,
      });
      const deps = { repos: app.repos, trialDays: app.config.quota.trialDays, referral: app.config.referral };
      await applyReferral(deps, user, request.body?.referral_code);
      const tokens = await issueTokens(app.tokenIssuer, user.id);
      const fresh = (await app.repos.users.findById(user.id)) ?? user;
      return reply.status(201).send({ user: toUser(fresh), tokens, is_new_user: true });
    },
  );

  r.post(
    "/auth/refresh",
    {
      schema: {
        tags: ["auth"],
        summary: "Exchange a refresh token for new tokens (rotation; a replay revokes the family)",
        body: refreshRequestSchema,
        response: { 200: refreshResponseSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const { userId, tokens } = await rotateRefreshToken(app.tokenIssuer, request.body.refresh_token);
      const user = await app.repos.users.findById(userId);
      if (!user) throw new AppError("UNAUTHORIZED", { message: "The account no longer exists" });
      return { user: toUser(user), tokens };
    },
  );

  r.post(
    "/auth/logout",
    {
      schema: {
        tags: ["auth"],
        summary: "Revoke the session of a refresh token",
        body: refreshRequestSchema,
        response: { 204: z.null().describe("Signed out"), ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await revokeRefreshToken(app.tokenIssuer, request.body.refresh_token);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/auth/me",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["auth"],
        summary: "The signed-in user",
        security: [{ bearerAuth: [] }],
        response: { 200: userSchema, ...errorResponses(401, 429) },
      },
    },
    async (request) => {
      const user = await app.repos.users.findById(request.userId);
      if (!user)
        throw new AppError("UNAUTHORIZED", { message: "The account of this token no longer exists" });
      return toUser(user);
    },
  );
}
