import { loadTestTargets } from "@razgazdayson/config";
import { createDatabase, type Database, type NewInterpretation } from "../src";
import { createScratchDatabase } from "../src/testing";

/** PGlite always; PostgreSQL too when DATABASE_URL is set (always in CI). */
export const storageTargets = (): { name: string; url: string | undefined }[] => {
  const { databaseUrl } = loadTestTargets();
  return [
    { name: "pglite", url: undefined },
    ...(databaseUrl ? [{ name: "postgres", url: databaseUrl }] : []),
  ];
};

/** A migrated, empty database: in-memory PGlite or a scratch PostgreSQL database. */
export const openTestDatabase = async (
  url: string | undefined,
): Promise<{ database: Database; close: () => Promise<void> }> => {
  const scratch = url ? await createScratchDatabase(url) : undefined;
  const database = await createDatabase({ url: scratch?.url, dataDir: "memory://" });
  await database.migrate();
  return {
    database,
    close: async () => {
      await database.close();
      await scratch?.drop();
    },
  };
};

/** A minimal stored interpretation. */
export const sampleInterpretation = (overrides: Partial<NewInterpretation> = {}): NewInterpretation => ({
  mainSymbol: "Сон",
  mainSymbolSlug: null,
  mainSymbolEmoji: "🌙",
  interpretation: "…",
  emotions: [],
  symbols: [],
  advice: "…",
  engine: "offline",
  aiModel: "offline-v1",
  promptVersion: "v",
  processingTimeMs: 1,
  ...overrides,
});

export { rowsOf as rows } from "../src/rows";
