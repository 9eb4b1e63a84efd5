import multipart from "@fastify/multipart";
import {
  AppError,
  interpretResponseSchema,
  languageSchema,
  lensSchema,
  TIER_FEATURES,
} from "@razgazdayson/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dreamServiceDeps } from "../../services/dream-service-deps";
import {
  type InterpretOutcome,
  interpretDream,
  loadDreamer,
  quotaExceeded,
  type ReadingOptions,
  reinterpretDream,
} from "../../services/interpret-dream";
import { openSse, type SseWriter, wantsEventStream } from "../../services/sse";
import { tierOf } from "../../services/tier-of";
import { decodeVoiceData, transcribeVoice } from "../../services/voice";
import { errorResponses } from "../shared-schemas";
import { idParams, interpretBodySchema, reinterpretBodySchema } from "./schemas";

const quotaHeaders = (dailyLimit: number | null, usedToday: number) => ({
  "x-daily-limit": dailyLimit === null ? "unlimited" : String(dailyLimit),
  "x-used-today": String(usedToday),
});

const STREAM_DOC =
  "With `Accept: text/event-stream` the answer is Server-Sent Events: `dream` {dream_id}, `delta` {text} while the interpretation is written, `reset` {} when a fallback starts over, then `done` with the full response (or `error` with the error body).";

/**
 * Runs one reading as JSON or as an event stream. Errors before the dream is stored (input,
 * quota) are ordinary JSON errors; after that, a stream reports them as an `error` event.
 */
const answer = async (
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: (options: Pick<ReadingOptions, "onStart" | "onEvent">) => Promise<InterpretOutcome>,
) => {
  if (!wantsEventStream(request.headers.accept)) {
    const { dailyLimit, usedToday, ...body } = await run({});
    return reply.headers(quotaHeaders(dailyLimit, usedToday)).status(status).send(body);
  }
  let sse: SseWriter | undefined;
  try {
    const {
      dailyLimit: _limit,
      usedToday: _used,
      ...body
    } = await run({
      onStart: (start) => {
        sse = openSse(reply, quotaHeaders(start.dailyLimit, start.usedToday));
        sse.send("dream", { dream_id: start.dreamId });
      },
      onEvent: (event) => sse?.send(event.type, event.type === "delta" ? { text: event.text } : {}),
    });
    sse?.send("done", body);
    sse?.end();
  } catch (error) {
    if (!sse) throw error;
    const appError =
      error instanceof AppError
        ? error
        : new AppError("INTERNAL_ERROR", { message: "Internal server error" });
    if (!(error instanceof AppError)) request.log.error({ err: error }, "stream failed");
    sse.send("error", {
      error: "Error",
      code: appError.code,
      message: appError.message,
      details: appError.details,
      request_id: request.id,
    });
    sse.end();
  }
  return reply;
};

const voiceBodySchema = z.object({
  audio: z
    .any()
    .meta({ type: "string", format: "binary", description: "ogg/opus, webm, mp3, wav or m4a; ≤ 10 MiB" }),
  language: languageSchema.optional(),
  lens: lensSchema.optional(),
  include_similar: z.enum(["true", "false"]).optional(),
});

export default async function interpretRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearerAuth: [] }];

  /** Voice in: sniffed, length-checked for the user's tier, transcribed. */
  const transcribe = async (userId: string, audio: Buffer, language?: string) => {
    const { user, dailyLimit } = await loadDreamer(dreamServiceDeps(app), userId);
    const tier = tierOf(user);
    if (!TIER_FEATURES[tier].voice_input) {
      throw new AppError("FEATURE_REQUIRES_PRO", { message: "Voice dreams are part of Pro" });
    }
    // do not pay for a transcription the quota would refuse anyway
    if (dailyLimit !== null && (await app.repos.dreams.usedToday(user.id)) >= dailyLimit) {
      const probe = await app.repos.dreams.chargeRetry(user.id, dailyLimit);
      if (!probe.granted) throw quotaExceeded(dailyLimit, probe.used, probe.resetAt);
      await app.repos.dreams.refund(user.id, probe.day);
    }
    const { voice } = app.config;
    const maxSeconds = tier === "free" ? voice.freeMaxSeconds : voice.proMaxSeconds;
    return transcribeVoice(app.ai.speech, { maxBytes: voice.maxBytes, maxSeconds }, audio, language);
  };

  r.post(
    "/dreams/interpret",
    {
      schema: {
        tags: ["dreams"],
        summary: "Interpret a dream, typed or spoken (stored first, then interpreted)",
        description: `Sets X-Daily-Limit and X-Used-Today. ${STREAM_DOC} Voice: \`voice_data\` as base64 (≤ 1 MiB body; larger files via /dreams/interpret/voice).`,
        security,
        body: interpretBodySchema,
        response: {
          201: interpretResponseSchema.describe(
            "Interpreted and saved (or a text/event-stream, see description)",
          ),
          ...errorResponses(400, 401, 403, 413, 415, 422, 429, 502, 503),
        },
      },
    },
    async (request, reply) => {
      await app.interpretLimiter.consume(request.userId);
      const body = request.body;
      const isVoice = body.voice_data !== undefined;
      const text = isVoice
        ? await transcribe(request.userId, decodeVoiceData(body.voice_data ?? ""), body.language)
        : (body.text ?? "");
      return answer(request, reply, 201, (stream) =>
        interpretDream(dreamServiceDeps(app), {
          userId: request.userId,
          text,
          source: isVoice ? "voice" : "text",
          language: body.language,
          lens: body.lens,
          includeSimilar: body.include_similar,
          ...stream,
        }),
      );
    },
  );

  await app.register(async (voice) => {
    await voice.register(multipart, {
      attachFieldsToBody: "keyValues",
      limits: { fileSize: app.config.voice.maxBytes, files: 1, fields: 10, fieldSize: 1024 },
    });
    voice.withTypeProvider<ZodTypeProvider>().post(
      "/dreams/interpret/voice",
      {
        schema: {
          tags: ["dreams"],
          summary: "Interpret a spoken dream uploaded as multipart/form-data (field `audio`)",
          description: `The format is detected from the content, not the file name. ${STREAM_DOC}`,
          security,
          consumes: ["multipart/form-data"],
          body: voiceBodySchema,
          response: {
            201: interpretResponseSchema,
            ...errorResponses(400, 401, 403, 413, 415, 422, 429, 502, 503),
          },
        },
      },
      async (request, reply) => {
        await app.interpretLimiter.consume(request.userId);
        const { audio, language, lens } = request.body;
        if (!Buffer.isBuffer(audio))
          throw new AppError("VALIDATION_ERROR", { message: "Send the recording as the file field `audio`" });
        const text = await transcribe(request.userId, audio, language);
        return answer(request, reply, 201, (stream) =>
          interpretDream(dreamServiceDeps(app), {
            userId: request.userId,
            text,
            source: "voice",
            language,
            lens,
            includeSimilar: request.body.include_similar === "true",
            ...stream,
          }),
        );
      },
    );
  });

  r.post(
    "/dreams/:id/interpret",
    {
      schema: {
        tags: ["dreams"],
        summary: "Interpret an edited or failed dream again",
        description: STREAM_DOC,
        security,
        params: idParams,
        body: reinterpretBodySchema,
        response: { 200: interpretResponseSchema, ...errorResponses(400, 401, 404, 409, 429, 502) },
      },
    },
    async (request, reply) => {
      await app.interpretLimiter.consume(request.userId);
      return answer(request, reply, 200, (stream) =>
        reinterpretDream(dreamServiceDeps(app), {
          userId: request.userId,
          dreamId: request.params.id,
          includeSimilar: request.body?.include_similar ?? false,
          lens: request.body?.lens,
          ...stream,
        }),
      );
    },
  );
}
