import { computeStreaks, statsSchema } from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponses } from "../shared-schemas";
import meRoutes from "./me";

export default async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await app.register(meRoutes);

  r.get(
    "/users/stats",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["users"],
        summary: "Journal statistics: totals, streaks (in the user's time zone), favourite symbol",
        security: [{ bearerAuth: [] }],
        response: { 200: statsSchema, ...errorResponses(401, 429) },
      },
    },
    async (request) => {
      const facts = await app.repos.journal.facts(request.userId);
      const streaks = computeStreaks(facts.dates, facts.today);
      const last = [...facts.dates].sort().at(-1) ?? null;
      return {
        total_dreams: facts.total,
        current_streak: streaks.current,
        longest_streak: streaks.longest,
        last_dream_date: last,
        favorite_symbol: facts.favoriteSymbol,
        favorite_symbol_count: facts.favoriteSymbolCount,
      };
    },
  );
}
