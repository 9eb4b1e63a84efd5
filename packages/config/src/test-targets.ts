/**
 * Which real servers the contract tests run against besides the embedded defaults. In CI
 * (`CI` set) both servers are required: a missing one is an error, never a silent skip.
 */
export type TestTargets = { databaseUrl: string | undefined; redisUrl: string | undefined; isCi: boolean };

export const loadTestTargets = (source: Record<string, string | undefined> = process.env): TestTargets => {
  const isCi = Boolean(source.CI && source.CI !== "false" && source.CI !== "0");
  const databaseUrl = source.TEST_DATABASE_URL || source.DATABASE_URL || undefined;
  const redisUrl = source.TEST_REDIS_URL || source.REDIS_URL || undefined;
  if (isCi && (!databaseUrl || !redisUrl)) {
    throw new Error(
      "CI must provide DATABASE_URL and REDIS_URL: the contract tests run against real servers there",
    );
  }
  return { databaseUrl, redisUrl, isCi };
};
