import type { ErrorResponse } from "@razgazdayson/core/contract";

/** An error answer of the API, with its stable code (e.g. DAILY_LIMIT_EXCEEDED) and details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, body: Partial<ErrorResponse>) {
    super(body.message ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code ?? "UNKNOWN";
    this.details = body.details ?? null;
    this.requestId = body.request_id;
  }
}
