import { TTS_VOICES } from "@razgazdayson/ai";
import { AppError, TIER_FEATURES } from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { loadDreamer } from "../../services/interpret-dream";
import { tierOf } from "../../services/tier-of";
import { errorResponses } from "../shared-schemas";
import { idParams } from "./schemas";

const audioSchema = z.any().meta({ type: "string", format: "binary", description: "audio/mpeg" });

/** Text-to-speech of an interpretation: generated once per interpretation and voice, then stored. */
export default async function ttsRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/dreams/:id/tts",
    {
      schema: {
        tags: ["dreams"],
        summary: "Listen to the interpretation (Pro): audio/mpeg, made once per voice and kept",
        security: [{ bearerAuth: [] }],
        params: idParams,
        querystring: z.object({ voice: z.enum(TTS_VOICES).default("nova") }),
        response: { 200: audioSchema, ...errorResponses(400, 401, 403, 404, 409, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const { user } = await loadDreamer({ repos: app.repos, quota: app.config.quota }, request.userId);
      if (!TIER_FEATURES[tierOf(user)].tts_output) {
        throw new AppError("FEATURE_REQUIRES_PRO", {
          message: "Listening to interpretations is part of Pro",
        });
      }
      const found = await app.repos.dreams.findOwned(user.id, request.params.id);
      if (!found) throw new AppError("NOT_FOUND", { message: "Dream not found" });
      if (!found.interpretation) {
        throw new AppError("DREAM_NOT_INTERPRETED", {
          message: "This dream has no interpretation to read yet",
        });
      }
      const { voice } = request.query;
      const stored = await app.repos.audio.find(user.id, found.interpretation.id, voice);
      if (stored)
        return reply.header("content-type", stored.mime).header("x-tts-cache", "hit").send(stored.audio);
      if (!app.ai.speech) {
        throw new AppError("VOICE_UNAVAILABLE", {
          message: "Text-to-speech needs a provider, and none is configured",
        });
      }
      const speech = app.ai.speech;
      const text = `${found.interpretation.interpretation}\n\n${found.interpretation.advice}`;
      const audio = await speech.synthesize(text, voice).catch((error: unknown) => {
        throw new AppError("SERVICE_UNAVAILABLE", {
          message: "Text-to-speech is unavailable right now",
          cause: error,
          retryAfterSeconds: 30,
        });
      });
      await app.repos.audio.save(user.id, {
        interpretationId: found.interpretation.id,
        voice,
        audio: audio.data,
        mime: audio.mime,
      });
      return reply.header("content-type", audio.mime).header("x-tts-cache", "miss").send(audio.data);
    },
  );
}
