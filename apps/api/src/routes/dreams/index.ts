import {
  AppError,
  dreamListSchema,
  dreamSchema,
  interpretResponseSchema,
  listDreamsQuerySchema,
  primaryLanguage,
  updateDreamSchema,
} from "@razgazdayson/core";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type InterpretOutcome, interpretDream, reinterpretDream } from "../../services/interpret-dream";
import { toDream } from "../../services/mappers";
import { errorResponses } from "../shared-schemas";
import { idParams, interpretBodySchema, reinterpretBodySchema } from "./schemas";

const notFound = () => new AppError("NOT_FOUND", { message: "Dream not found" });

const sendOutcome = (reply: FastifyReply, outcome: InterpretOutcome, status: number) => {
  const { dailyLimit, usedToday, ...body } = outcome;
  return reply
    .header("X-Daily-Limit", dailyLimit === null ? "unlimited" : String(dailyLimit))
    .header("X-Used-Today", String(usedToday))
    .status(status)
    .send(body);
};

export default async function dreamRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", app.authenticate);
  const security = [{ bearerAuth: [] }];
  const deps = () => ({
    repos: app.repos,
    engine: app.engine,
    cache: app.cache,
    quota: app.config.quota,
    similar: app.config.similar,
    cacheTtlSeconds: 3600,
    onWarning: (message: string, error: unknown) => app.log.warn({ err: error }, message),
  });

  r.post(
    "/dreams/interpret",
    {
      schema: {
        tags: ["dreams"],
        summary: "Interpret a dream (stored first, then interpreted)",
        security,
        body: interpretBodySchema,
        response: {
          201: interpretResponseSchema.describe("Interpreted and saved; X-Daily-Limit and X-Used-Today set"),
          ...errorResponses(400, 401, 413, 422, 429, 502),
        },
      },
    },
    async (request, reply) => {
      await app.interpretLimiter.consume(request.userId);
      const body = request.body;
      if (body.voice_data !== undefined) {
        throw new AppError("VOICE_UNAVAILABLE", {
          message:
            "Voice dreams need a speech-to-text provider, and none is configured. Please type the dream.",
        });
      }
      const outcome = await interpretDream(deps(), {
        userId: request.userId,
        text: body.text ?? "",
        language: body.language,
        includeSimilar: body.include_similar,
      });
      return sendOutcome(reply, outcome, 201);
    },
  );

  r.post(
    "/dreams/:id/interpret",
    {
      schema: {
        tags: ["dreams"],
        summary: "Interpret an edited or failed dream again",
        security,
        params: idParams,
        body: reinterpretBodySchema,
        response: { 200: interpretResponseSchema, ...errorResponses(400, 401, 404, 409, 429, 502) },
      },
    },
    async (request, reply) => {
      await app.interpretLimiter.consume(request.userId);
      const outcome = await reinterpretDream(deps(), {
        userId: request.userId,
        dreamId: request.params.id,
        includeSimilar: request.body?.include_similar ?? false,
      });
      return sendOutcome(reply, outcome, 200);
    },
  );

  r.get(
    "/dreams",
    {
      schema: {
        tags: ["dreams"],
        summary: "The journal: newest first, with full-text search and tag filter",
        security,
        querystring: listDreamsQuerySchema,
        response: { 200: dreamListSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const { page, limit, search, tag } = request.query;
      const { items, total } = await app.repos.dreams.list({
        userId: request.userId,
        page,
        limit,
        ...(search ? { search } : {}),
        ...(tag ? { tag } : {}),
      });
      return { items: items.map(toDream), total, page, limit, pages: Math.ceil(total / limit) };
    },
  );

  r.get(
    "/dreams/:id",
    {
      schema: {
        tags: ["dreams"],
        summary: "One dream with its interpretation",
        security,
        params: idParams,
        response: { 200: dreamSchema, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const found = await app.repos.dreams.findOwned(request.userId, request.params.id);
      if (!found) throw notFound();
      return toDream(found);
    },
  );

  r.put(
    "/dreams/:id",
    {
      schema: {
        tags: ["dreams"],
        summary: "Edit the text (the dream becomes pending, to interpret again) or soft-delete / restore",
        security,
        params: idParams,
        body: updateDreamSchema,
        response: { 200: dreamSchema, ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { text, deleted } = request.body;
      if (deleted !== undefined && !(await app.repos.dreams.setDeleted(request.userId, id, deleted)))
        throw notFound();
      if (
        text !== undefined &&
        !(await app.repos.dreams.updateText(request.userId, id, text, primaryLanguage(text)))
      ) {
        throw notFound();
      }
      const found = await app.repos.dreams.findOwned(request.userId, id, true);
      if (!found) throw notFound();
      return toDream(found);
    },
  );

  r.delete(
    "/dreams/:id",
    {
      schema: {
        tags: ["dreams"],
        summary: "Erase a dream with its interpretation and embedding",
        security,
        params: idParams,
        response: { 204: z.null().describe("Erased"), ...errorResponses(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      if (!(await app.repos.dreams.remove(request.userId, request.params.id))) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
