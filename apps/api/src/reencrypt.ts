import { loadConfig } from "@razgazdayson/config";
import { createDatabase, createFieldCipher, reencryptAll } from "@razgazdayson/db";

/**
 * `npm run db:reencrypt`: re-encrypts every dream and interpretation text under the current
 * DATA_ENCRYPTION_KEY (old keys listed in DATA_ENCRYPTION_PREVIOUS_KEYS), and encrypts text
 * stored before encryption was switched on.
 */
const run = async () => {
  const config = loadConfig();
  if (config.encryption.keys.length === 0) throw new Error("Set DATA_ENCRYPTION_KEY first");
  const cipher = createFieldCipher(
    config.encryption.keys.map((k) => ({ id: k.id, key: Buffer.from(k.key, "base64") })),
  );
  const database = await createDatabase({ url: config.database.url, dataDir: config.database.pgliteDir });
  try {
    const counts = await reencryptAll(database.db, cipher);
    console.log(`re-encrypted under key ${cipher.currentKeyId}: ${JSON.stringify(counts)}`);
  } finally {
    await database.close();
  }
};

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
