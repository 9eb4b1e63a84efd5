import { eq, gt } from "drizzle-orm";
import type { Db } from "../client";
import { dreams, interpretations } from "../schema";
import type { FieldCipher } from "./field-cipher";

const BATCH = 500;

/**
 * Brings every encrypted column under the current key, in batches, row by row (each update
 * is atomic; the command can be stopped and run again). Returns how many rows changed.
 */
export const reencryptAll = async (
  db: Db,
  cipher: FieldCipher,
): Promise<{ dreams: number; interpretations: number }> => {
  const counts = { dreams: 0, interpretations: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db
      .select({ id: dreams.id, text: dreams.text })
      .from(dreams)
      .where(gt(dreams.id, after))
      .orderBy(dreams.id)
      .limit(BATCH);
    for (const row of rows) {
      if (!cipher.needsRotation(row.text)) continue;
      const text = cipher.encrypt(cipher.decrypt(row.text, "dreams.text"), "dreams.text");
      await db.update(dreams).set({ text }).where(eq(dreams.id, row.id));
      counts.dreams++;
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)?.id ?? after;
  }
  after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db
      .select({
        id: interpretations.id,
        interpretation: interpretations.interpretation,
        advice: interpretations.advice,
      })
      .from(interpretations)
      .where(gt(interpretations.id, after))
      .orderBy(interpretations.id)
      .limit(BATCH);
    for (const row of rows) {
      if (!cipher.needsRotation(row.interpretation) && !cipher.needsRotation(row.advice)) continue;
      const open = (value: string, column: string) => cipher.encrypt(cipher.decrypt(value, column), column);
      await db
        .update(interpretations)
        .set({
          interpretation: open(row.interpretation, "interpretations.interpretation"),
          advice: open(row.advice, "interpretations.advice"),
        })
        .where(eq(interpretations.id, row.id));
      counts.interpretations++;
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)?.id ?? after;
  }
  return counts;
};
