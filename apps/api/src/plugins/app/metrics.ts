import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

declare module "fastify" {
  interface FastifyInstance {
    metrics: {
      registry: Registry;
      cache: Counter<"result">;
      interpretations: Counter<"engine">;
      fallbacks: Counter<"what">;
      http: Histogram<"method" | "route" | "status">;
    };
  }
}

/** Prometheus metrics at /metrics: cache hits and misses, engines used, fallbacks, latency. */
export default fp(
  async (app: FastifyInstance) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const metrics = {
      registry,
      cache: new Counter({
        name: "rzd_interpretation_cache_total",
        help: "Interpretation cache lookups by result",
        labelNames: ["result"] as const,
        registers: [registry],
      }),
      interpretations: new Counter({
        name: "rzd_interpretations_total",
        help: "Interpretations by the engine that answered",
        labelNames: ["engine"] as const,
        registers: [registry],
      }),
      fallbacks: new Counter({
        name: "rzd_provider_fallbacks_total",
        help: "Provider failures answered by the offline path",
        labelNames: ["what"] as const,
        registers: [registry],
      }),
      http: new Histogram({
        name: "rzd_http_request_duration_seconds",
        help: "HTTP request duration",
        labelNames: ["method", "route", "status"] as const,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
    };
    app.decorate("metrics", metrics);
    app.addHook("onResponse", async (request, reply) => {
      metrics.http.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? "unknown",
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });
    app.get("/metrics", { schema: { hide: true } }, async (_request, reply) =>
      reply.header("content-type", registry.contentType).send(await registry.metrics()),
    );
  },
  { name: "metrics" },
);
