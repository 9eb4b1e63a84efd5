import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { interpretationAudio } from "../schema";
import { scoped } from "../scoped";

export type StoredAudio = { audio: Buffer; mime: string };

/** Spoken interpretations, one per interpretation and voice. */
export const createAudioRepository = (db: Db) => ({
  find: async (userId: string, interpretationId: string, voice: string): Promise<StoredAudio | undefined> => {
    const [row] = await scoped(db, userId, (db) =>
      db
        .select({ audio: interpretationAudio.audio, mime: interpretationAudio.mime })
        .from(interpretationAudio)
        .where(
          and(
            eq(interpretationAudio.interpretationId, interpretationId),
            eq(interpretationAudio.voice, voice),
          ),
        )
        .limit(1),
    );
    return row;
  },

  /** Stores audio unless a concurrent request already did; either way the stored one wins. */
  save: async (
    userId: string,
    input: { interpretationId: string; voice: string } & StoredAudio,
  ): Promise<void> => {
    await scoped(db, userId, (db) => db.insert(interpretationAudio).values(input).onConflictDoNothing());
  },
});

export type AudioRepository = ReturnType<typeof createAudioRepository>;
