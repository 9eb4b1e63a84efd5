import { createLocalEmbedder } from "@razgazdayson/ai";
import type { FastifyInstance } from "fastify";
import type { DreamServiceDeps } from "./interpret-dream";

const localEmbedder = createLocalEmbedder();

/** Everything the dream flow needs, taken from the app's decorators. */
export const dreamServiceDeps = (app: FastifyInstance): DreamServiceDeps => ({
  repos: app.repos,
  engines: { primary: app.ai.engine, offline: app.ai.offline },
  offlineOnly: app.config.offlineOnly,
  embedder: app.ai.embedder,
  localEmbedder,
  cache: app.cache,
  metrics: {
    cacheResult: (result) => app.metrics.cache.inc({ result }),
    answeredBy: (engine) => app.metrics.interpretations.inc({ engine }),
  },
  quota: app.config.quota,
  similar: app.config.similar,
  cacheTtlSeconds: app.config.cacheTtlSeconds,
  onWarning: (message, error) => app.log.warn({ err: error }, message),
  onInterpreted: async (userId) => {
    const referrerId = await app.repos.billing.claimReferralReward(userId);
    if (referrerId)
      await app.repos.billing.grantProDays(referrerId, "pro_monthly", app.config.referral.proBonusDays);
  },
});
