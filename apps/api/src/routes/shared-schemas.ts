import { type ErrorCode, errorResponseSchema } from "@razgazdayson/core";

const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input (VALIDATION_ERROR, INVALID_JSON)",
  401: "Missing, invalid or expired token",
  403: "Not allowed for this tier",
  404: "Not found (another user's dream is also a 404)",
  409: "Conflicts with the current state",
  413: "Body too large",
  422: "Understood but cannot be processed",
  429: "Rate or daily limit reached (see Retry-After)",
  502: "Interpretation failed; the dream is kept",
  503: "A dependency is down",
};

/** The error responses a route can give, all in the common error shape, for OpenAPI. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorResponseSchema.describe(DESCRIPTIONS[s] ?? "Error")]));

export type { ErrorCode };
