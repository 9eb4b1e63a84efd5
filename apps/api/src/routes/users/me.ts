import { AppError, updateMeSchema, userSchema } from "@razgazdayson/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toUser } from "../../services/mappers";
import { errorResponses } from "../shared-schemas";

/** The dreamer's own account: settings, privacy, a copy of everything, and erasure. */
export default async function meRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearerAuth: [] }];
  const load = async (userId: string) => {
    const user = await app.repos.users.findById(userId);
    if (!user) throw new AppError("UNAUTHORIZED", { message: "The account of this token no longer exists" });
    return user;
  };

  r.get(
    "/users/me",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["users"],
        summary: "The signed-in user with settings",
        security,
        response: { 200: userSchema, ...errorResponses(401, 429) },
      },
    },
    async (request) => toUser(await load(request.userId)),
  );

  r.patch(
    "/users/me",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["users"],
        summary: "Change language, time zone, morning reminder, or the offline-only privacy switch",
        security,
        body: updateMeSchema,
        response: { 200: userSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const b = request.body;
      const updated = await app.repos.users.updateProfile(request.userId, {
        ...(b.language !== undefined ? { language: b.language } : {}),
        ...(b.timezone !== undefined ? { timezone: b.timezone } : {}),
        ...(b.reminder_enabled !== undefined ? { reminderEnabled: b.reminder_enabled } : {}),
        ...(b.reminder_time !== undefined ? { reminderTime: b.reminder_time } : {}),
        ...(b.offline_only !== undefined ? { offlineOnly: b.offline_only } : {}),
      });
      if (!updated)
        throw new AppError("UNAUTHORIZED", { message: "The account of this token no longer exists" });
      return toUser(updated);
    },
  );

  r.get(
    "/users/me/export",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["users"],
        summary: "Download every piece of your data as JSON (free for everyone)",
        security,
        response: {
          200: z.object({
            exported_at: z.string(),
            format: z.literal("razgazdayson-export-v1"),
            data: z.record(z.string(), z.array(z.unknown())),
          }),
          ...errorResponses(401, 429),
        },
      },
    },
    async (request, reply) => {
      await load(request.userId);
      const data = await app.repos.journal.exportAll(request.userId);
      reply.header("content-disposition", 'attachment; filename="razgazdayson-export.json"');
      return { exported_at: new Date().toISOString(), format: "razgazdayson-export-v1" as const, data };
    },
  );

  r.delete(
    "/users/me",
    {
      onRequest: app.authenticate,
      schema: {
        tags: ["users"],
        summary:
          "Erase the account: dreams, interpretations, embeddings, sessions and cached readings. Payments are kept, detached, as the law requires",
        security,
        response: { 204: z.null().describe("Erased"), ...errorResponses(401, 429) },
      },
    },
    async (request, reply) => {
      await app.cache.forgetGroup(`user:${request.userId}`);
      if (!(await app.repos.users.erase(request.userId))) {
        throw new AppError("UNAUTHORIZED", { message: "The account of this token no longer exists" });
      }
      return reply.status(204).send(null);
    },
  );
}
