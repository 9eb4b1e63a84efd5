import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/**
 * Security headers (CSP, HSTS, no framing except by Telegram, which hosts the Mini App) and
 * CORS for the configured origins only.
 */
export default fp(
  async (app: FastifyInstance, options: { corsOrigins: string[] }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "https:"],
          frameAncestors: ["'self'", "https://web.telegram.org", "https://*.telegram.org"],
        },
      },
      frameguard: false,
      hsts: { maxAge: 31_536_000, includeSubDomains: true },
      crossOriginResourcePolicy: { policy: "same-site" },
    });
    await app.register(cors, {
      origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
      credentials: true,
      exposedHeaders: ["X-Request-Id", "X-Daily-Limit", "X-Used-Today", "Retry-After"],
    });
  },
  { name: "security" },
);
