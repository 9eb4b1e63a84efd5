import { createHash, randomBytes, randomUUID } from "node:crypto";
import { AppError, type Tokens } from "@razgazdayson/core";
import type { TokensRepository } from "@razgazdayson/db";

export type TokenIssuer = {
  signAccess: (userId: string) => string;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  tokens: TokensRepository;
};

const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** Issues an access JWT and an opaque refresh token (stored hashed) in a rotation family. */
export const issueTokens = async (
  issuer: TokenIssuer,
  userId: string,
  familyId: string = randomUUID(),
): Promise<Tokens> => {
  const refresh = randomBytes(32).toString("base64url");
  await issuer.tokens.insert({
    userId,
    familyId,
    tokenHash: hashToken(refresh),
    expiresAt: new Date(Date.now() + issuer.refreshTtlDays * 86_400_000),
  });
  return {
    access_token: issuer.signAccess(userId),
    refresh_token: refresh,
    token_type: "bearer",
    expires_in: issuer.accessTtlSeconds,
  };
};

const invalid = () => new AppError("UNAUTHORIZED", { message: "Refresh token is invalid or expired" });

/**
 * Rotates a refresh token. A token used twice means it was stolen or replayed: the whole
 * family is revoked, so both the thief and the owner must sign in again.
 */
export const rotateRefreshToken = async (
  issuer: TokenIssuer,
  refreshToken: string,
): Promise<{ userId: string; tokens: Tokens }> => {
  const row = await issuer.tokens.findByHash(hashToken(refreshToken));
  if (!row) throw invalid();
  if (row.revokedAt || !(await issuer.tokens.revoke(row.id))) {
    await issuer.tokens.revokeFamily(row.familyId);
    throw invalid();
  }
  if (row.expiresAt <= new Date()) throw invalid();
  return { userId: row.userId, tokens: await issueTokens(issuer, row.userId, row.familyId) };
};

/** Ends the session the refresh token belongs to (its whole family). Unknown tokens are ignored. */
export const revokeRefreshToken = async (issuer: TokenIssuer, refreshToken: string): Promise<void> => {
  const row = await issuer.tokens.findByHash(hashToken(refreshToken));
  if (row) await issuer.tokens.revokeFamily(row.familyId);
};
