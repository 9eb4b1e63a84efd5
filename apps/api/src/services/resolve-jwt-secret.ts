import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "@razgazdayson/config";

/**
 * The configured JWT secret, or — embedded mode only — one generated on first start and kept
 * beside the data, so sessions survive a restart without anyone setting a secret.
 */
export const resolveJwtSecret = (config: Config): string => {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  if (config.database.pgliteDir === "memory://") return randomBytes(48).toString("base64url");
  const file = join(config.dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
};
