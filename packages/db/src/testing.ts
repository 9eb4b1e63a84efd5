import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Creates an empty database on a PostgreSQL server for one test file, so that test files run
 * in parallel without seeing each other's rows. `drop` removes it again.
 */
export const createScratchDatabase = async (
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `rzd_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
};
