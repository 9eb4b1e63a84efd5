import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { liveSchema, readySchema } from "./schemas";

export default async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/health/live", { schema: { tags: ["health"], response: { 200: liveSchema } } }, async () => ({
    status: "ok" as const,
  }));

  r.get(
    "/health/ready",
    { schema: { tags: ["health"], response: { 200: readySchema, 503: readySchema } } },
    async (_request, reply) => {
      const [db, cache] = await Promise.all([app.database.ping(), app.cache.ping()]);
      const body = {
        status: db ? (cache ? ("ok" as const) : ("degraded" as const)) : ("down" as const),
        checks: {
          db: { ok: db, kind: app.database.kind },
          cache: { ok: cache, kind: app.cache.kind },
          llm: { ok: true, kind: app.ai.engine.name, model: app.ai.engine.model },
        },
      };
      return reply.status(db ? 200 : 503).send(body);
    },
  );
}
