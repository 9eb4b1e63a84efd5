import { AppError, deepDiveSchema, TIER_FEATURES } from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { loadDreamer } from "../../services/interpret-dream";
import { tierOf } from "../../services/tier-of";
import { errorResponses } from "../shared-schemas";
import { idParams } from "./schemas";

/** The multi-section deep-dive reading: part of Pro, or bought singly (one credit each). */
export default async function deepDiveRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/dreams/:id/deep-dive",
    {
      schema: {
        tags: ["dreams"],
        summary:
          "Deep-dive reading: symbols, archetypes, emotional arc, waking life, questions, patterns (Pro or one credit)",
        security: [{ bearerAuth: [] }],
        params: idParams,
        response: { 200: deepDiveSchema, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      await app.interpretLimiter.consume(request.userId);
      const { user } = await loadDreamer({ repos: app.repos, quota: app.config.quota }, request.userId);
      const found = await app.repos.dreams.findOwned(user.id, request.params.id);
      if (!found) throw new AppError("NOT_FOUND", { message: "Dream not found" });
      const included = TIER_FEATURES[tierOf(user)].deep_analysis;
      if (!included && !(await app.repos.users.useDeepDiveCredit(user.id))) {
        throw new AppError("FEATURE_REQUIRES_PRO", {
          message: "The deep-dive reading is part of Pro, or can be bought singly",
          details: { product: "deep_dive", price_stars: app.config.prices.deep_dive },
        });
      }
      const engine = app.config.offlineOnly || user.offlineOnly ? app.ai.offline : app.ai.engine;
      const history = await app.repos.journal.symbolHistory(user.id);
      const language = found.dream.language === "en" ? "en" : "ru";
      return (await engine.deepDive({ text: found.dream.text, language, history })).deepDive;
    },
  );
}
