import { customType, timestamp, uuid } from "drizzle-orm/pg-core";

/** PostgreSQL `tsvector`; only ever written by a generated column. */
export const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

/** Dimension of every stored embedding; the local embedding and provider requests use it. */
export const EMBEDDING_DIMENSIONS = 384;

/** PostgreSQL `bytea` as a Node Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const id = () => uuid("id").primaryKey().defaultRandom();
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
