import {
  AppError,
  getSymbol,
  searchSymbols,
  symbolDetailSchema,
  symbolLanguageQuerySchema,
  symbolListSchema,
  symbolQuerySchema,
  symbolSlugParamsSchema,
} from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { toSymbolDetail, toSymbolSummary } from "../../services/symbol-mappers";
import { errorResponses } from "../shared-schemas";

/** The public dream-symbol catalogue (no sign-in): what the web's symbol pages are built from. */
export default async function symbolRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/symbols",
    {
      schema: {
        tags: ["symbols"],
        summary: "Search the dream-symbol catalogue (Russian and English word forms)",
        querystring: symbolQuerySchema,
        response: { 200: symbolListSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { search, category, language, page, limit } = request.query;
      const { items, total } = searchSymbols({ query: search, category, language, page, limit });
      reply.header("Cache-Control", "public, max-age=300");
      return {
        items: items.map((s) => toSymbolSummary(s, language)),
        total,
        page,
        limit,
        pages: Math.ceil(total / limit),
      };
    },
  );

  r.get(
    "/symbols/:slug",
    {
      schema: {
        tags: ["symbols"],
        summary: "One symbol: meaning, scenarios, psychological angle, folk tradition, related symbols",
        params: symbolSlugParamsSchema,
        querystring: symbolLanguageQuerySchema,
        response: { 200: symbolDetailSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const entry = getSymbol(request.params.slug);
      if (!entry)
        throw new AppError("NOT_FOUND", { message: `Unknown dream symbol: ${request.params.slug}` });
      reply.header("Cache-Control", "public, max-age=300");
      return toSymbolDetail(entry, request.query.language);
    },
  );
}
