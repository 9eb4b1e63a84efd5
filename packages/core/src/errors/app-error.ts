/** Every error code the API can answer with, and the HTTP status it maps to. */
export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  AUDIO_TOO_LONG: 400,
  INVALID_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  FEATURE_REQUIRES_PRO: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_AUDIO: 415,
  VOICE_UNAVAILABLE: 422,
  VOICE_UNRECOGNIZED: 422,
  DREAM_NOT_INTERPRETED: 409,
  DAILY_LIMIT_EXCEEDED: 429,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  INTERPRETATION_FAILED: 502,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type AppErrorOptions = {
  message: string;
  details?: unknown;
  cause?: unknown;
  /** For 429/503: when the client may try again (sent as `Retry-After`). */
  retryAfterSeconds?: number;
};

/**
 * The one error type of the platform: a string code (stable for clients) that maps to an
 * HTTP status, a human message, and optional details that are safe to show.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? null;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
