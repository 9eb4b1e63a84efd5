import { randomUUID } from "node:crypto";
import type { Config } from "@razgazdayson/config";
import type { InterpretationEngine } from "@razgazdayson/core";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import ai from "./plugins/app/ai";
import auth from "./plugins/app/auth";
import errorHandler from "./plugins/app/error-handler";
import infrastructure from "./plugins/app/infrastructure";
import metrics from "./plugins/app/metrics";
import rateLimit from "./plugins/app/rate-limit";
import security from "./plugins/external/security";
import swagger from "./plugins/external/swagger";
import authRoutes from "./routes/auth";
import dreamRoutes from "./routes/dreams";
import healthRoutes from "./routes/health";
import paymentRoutes from "./routes/payments";
import symbolRoutes from "./routes/symbols";
import userRoutes from "./routes/users";

export type BuildAppOptions = {
  config: Config;
  jwtSecret: string;
  logger?: FastifyServerOptions["logger"];
  /** Overrides the configured engine (tests: a failing provider). */
  engine?: InterpretationEngine;
};

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Builds the whole API without listening: the server and the tests both start here. */
export const buildApp = async (options: BuildAppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.config.http.bodyLimit,
    trustProxy: options.config.http.trustProxy,
    requestIdHeader: false,
    // requests Node cannot even parse (raw non-ASCII in the URL, broken headers) still get
    // the common error shape
    clientErrorHandler: (error, socket) => {
      const body = JSON.stringify({
        error: "Bad Request",
        message: "The request could not be parsed (URLs must be percent-encoded)",
        details: { reason: (error as { code?: string }).code ?? "HPE_INVALID" },
        code: "BAD_REQUEST",
        request_id: randomUUID(),
      });
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    },
    genReqId: (request) => {
      const header = request.headers["x-request-id"];
      return typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("X-Request-Id", request.id);
  });

  await app.register(errorHandler);
  await app.register(security, { corsOrigins: options.config.corsOrigins });
  await app.register(swagger);
  await app.register(metrics);
  await app.register(infrastructure, { config: options.config });
  await app.register(ai, { engine: options.engine });
  await app.register(rateLimit);
  await app.register(auth, { secret: options.jwtSecret });
  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(dreamRoutes);
      await api.register(symbolRoutes);
      await api.register(userRoutes);
      await api.register(paymentRoutes);
    },
    { prefix: "/api/v1" },
  );
  return app;
};
