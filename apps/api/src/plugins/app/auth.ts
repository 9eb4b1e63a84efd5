import { timingSafeEqual } from "node:crypto";
import fastifyJwt from "@fastify/jwt";
import { AppError } from "@razgazdayson/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { TokenIssuer } from "../../services/tokens";

declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: { sub: string; typ: "access" };
    user: { sub: string; typ: "access" };
  }
}

declare module "fastify" {
  interface FastifyInstance {
    /** preHandler for routes that need a signed-in user. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** The user of a valid bearer token, if one is sent; never throws (for optional sign-in context). */
    optionalUserId: (request: FastifyRequest) => Promise<string | undefined>;
    /** preHandler for routes only the bot service may call (shared secret). */
    requireBotSecret: (request: FastifyRequest) => Promise<void>;
    tokenIssuer: TokenIssuer;
  }
  interface FastifyRequest {
    userId: string;
  }
}

export type AuthOptions = { secret: string };

/** Bearer JWT access tokens; every failure is a 401 in the common error shape. */
export default fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    const { auth } = app.config;
    await app.register(fastifyJwt, { secret: options.secret, sign: { expiresIn: auth.accessTtlSeconds } });
    app.decorateRequest("userId", "");
    app.decorate("tokenIssuer", {
      signAccess: (userId: string) => app.jwt.sign({ sub: userId, typ: "access" }),
      accessTtlSeconds: auth.accessTtlSeconds,
      refreshTtlDays: auth.refreshTtlDays,
      tokens: app.repos.tokens,
    });
    app.decorate("optionalUserId", async (request: FastifyRequest) => {
      if (!request.headers.authorization) return undefined;
      try {
        const payload = await request.jwtVerify<{ sub: string; typ: string }>();
        return payload.typ === "access" ? payload.sub : undefined;
      } catch {
        return undefined;
      }
    });
    app.decorate("requireBotSecret", async (request: FastifyRequest) => {
      const expected = app.config.telegram.botApiSecret;
      const given = request.headers["x-bot-secret"];
      const ok =
        expected !== undefined &&
        typeof given === "string" &&
        given.length === expected.length &&
        timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      if (!ok) throw new AppError("UNAUTHORIZED", { message: "This endpoint is for the bot service only" });
    });
    app.decorate("authenticate", async (request: FastifyRequest) => {
      if (!request.headers.authorization) {
        throw new AppError("UNAUTHORIZED", {
          message: "Missing bearer token (Authorization: Bearer <token>)",
        });
      }
      try {
        const payload = await request.jwtVerify<{ sub: string; typ: string }>();
        if (payload.typ !== "access" || typeof payload.sub !== "string") throw new Error("wrong token type");
        request.userId = payload.sub;
      } catch (error) {
        const expired = (error as { code?: string }).code === "FST_JWT_AUTHORIZATION_TOKEN_EXPIRED";
        throw new AppError(expired ? "TOKEN_EXPIRED" : "UNAUTHORIZED", {
          message: expired ? "Access token has expired; refresh it" : "Access token is invalid",
        });
      }
    });
  },
  { name: "auth", dependencies: ["infrastructure"] },
);
