import {
  AppError,
  dreamListSchema,
  dreamSchema,
  listDreamsQuerySchema,
  primaryLanguage,
  updateDreamSchema,
} from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toDream } from "../../services/mappers";
import { errorResponses } from "../shared-schemas";
import deepDiveRoutes from "./deep-dive";
import interpretRoutes from "./interpret";
import { idParams } from "./schemas";
import ttsRoutes from "./tts";

const notFound = () => new AppError("NOT_FOUND", { message: "Dream not found" });

export default async function dreamRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addHook("onRequest", app.authenticate);
  await app.register(interpretRoutes);
  await app.register(ttsRoutes);
  await app.register(deepDiveRoutes);
  const security = [{ bearerAuth: [] }];

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
