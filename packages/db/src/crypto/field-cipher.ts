import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export type EncryptionKey = { id: string; key: Buffer };

/**
 * Encrypts text columns at rest with AES-256-GCM. Each value carries its key id
 * (`enc:v1:<key id>:<iv>:<tag>:<ciphertext>`), so keys can rotate while old rows stay
 * readable; the column name is bound in as associated data, so a value cannot be moved to
 * another column. Without keys it is a pass-through.
 */
export type FieldCipher = {
  readonly enabled: boolean;
  readonly currentKeyId: string | undefined;
  encrypt: (plain: string, column: string) => string;
  decrypt: (stored: string, column: string) => string;
  /** True when a value is plaintext or under an older key (the re-encryption command's work list). */
  needsRotation: (stored: string) => boolean;
};

const PREFIX = "enc:v1:";

export class DecryptionError extends Error {
  override name = "DecryptionError";
}

export const isEncrypted = (value: string): boolean => value.startsWith(PREFIX);

export const createFieldCipher = (keys: EncryptionKey[]): FieldCipher => {
  const current = keys[0];
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  for (const k of keys) {
    if (k.key.length !== 32) throw new Error(`encryption key ${k.id} must be 32 bytes`);
    if (!/^[\w-]{1,32}$/.test(k.id)) throw new Error(`encryption key id ${k.id} is not a simple name`);
  }
  return {
    enabled: current !== undefined,
    currentKeyId: current?.id,
    encrypt: (plain, column) => {
      if (!current) return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", current.key, iv);
      cipher.setAAD(Buffer.from(column));
      const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString("base64url"));
      return `${PREFIX}${current.id}:${parts.join(":")}`;
    },
    decrypt: (stored, column) => {
      if (!isEncrypted(stored)) return stored;
      const [keyId, iv, tag, ciphertext] = stored.slice(PREFIX.length).split(":");
      const key = keyId ? byId.get(keyId) : undefined;
      if (!key || !iv || !tag || ciphertext === undefined) {
        throw new DecryptionError(
          `no key "${keyId}" to decrypt ${column}; keep it in DATA_ENCRYPTION_PREVIOUS_KEYS`,
        );
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(column));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, "base64url")),
          decipher.final(),
        ]).toString("utf8");
      } catch (error) {
        throw new DecryptionError(`${column} failed authentication: ${(error as Error).message}`);
      }
    },
    needsRotation: (stored) =>
      current !== undefined && (!isEncrypted(stored) || !stored.startsWith(`${PREFIX}${current.id}:`)),
  };
};

export const noEncryption: FieldCipher = createFieldCipher([]);
