import { loadConfig } from "@razgazdayson/config";
import { createDatabase } from "@razgazdayson/db";

/** `npm run db:migrate`: applies the committed SQL migrations to DATABASE_URL (or PGlite). */
const run = async () => {
  const config = loadConfig();
  const database = await createDatabase({ url: config.database.url, dataDir: config.database.pgliteDir });
  try {
    await database.migrate();
    console.log(`migrations applied (${database.kind})`);
  } finally {
    await database.close();
  }
};

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
