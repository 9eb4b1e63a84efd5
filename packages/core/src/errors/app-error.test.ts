import { describe, expect, it } from "vitest";
import { AppError, isAppError } from "./app-error";

describe("AppError", () => {
  it("maps codes to HTTP statuses and keeps details", () => {
    const error = new AppError("DAILY_LIMIT_EXCEEDED", {
      message: "limit",
      details: { reset_at: "x" },
      retryAfterSeconds: 5,
    });
    expect(error.status).toBe(429);
    expect(error.details).toEqual({ reset_at: "x" });
    expect(error.retryAfterSeconds).toBe(5);
    expect(isAppError(error)).toBe(true);
    expect(new AppError("NOT_FOUND", { message: "x" }).status).toBe(404);
    expect(new AppError("NOT_FOUND", { message: "x" }).details).toBeNull();
    expect(isAppError(new Error("x"))).toBe(false);
  });
});
