import type { Db } from "../client";
import { createAudioRepository } from "./audio-repository";
import { createBillingRepository } from "./billing-repository";
import { createDreamsRepository, type StorageOptions } from "./dreams-repository";
import { createJournalRepository } from "./journal-repository";
import { createTokensRepository } from "./tokens-repository";
import { createUsersRepository } from "./users-repository";

export * from "./audio-repository";
export * from "./billing-repository";
export * from "./dreams-repository";
export * from "./journal-repository";
export * from "./quota-repository";
export * from "./tokens-repository";
export * from "./users-repository";

/** Every repository over one database handle. */
export const createRepositories = (db: Db, options: StorageOptions = {}) => ({
  users: createUsersRepository(db),
  tokens: createTokensRepository(db),
  dreams: createDreamsRepository(db, options),
  journal: createJournalRepository(db, options.cipher),
  audio: createAudioRepository(db),
  billing: createBillingRepository(db),
});

export type Repositories = ReturnType<typeof createRepositories>;
