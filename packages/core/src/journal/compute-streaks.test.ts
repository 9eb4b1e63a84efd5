import { describe, expect, it } from "vitest";
import { computeStreaks } from "./compute-streaks";

describe("computeStreaks", () => {
  it("is zero for an empty journal", () => {
    expect(computeStreaks([], "2026-03-10")).toEqual({ current: 0, longest: 0 });
  });

  it("counts consecutive days, ignoring duplicates and order", () => {
    const dates = ["2026-03-10", "2026-03-08", "2026-03-09", "2026-03-09", "2026-03-01", "2026-03-02"];
    expect(computeStreaks(dates, "2026-03-10")).toEqual({ current: 3, longest: 3 });
  });

  it("keeps the current streak alive until the end of today", () => {
    expect(computeStreaks(["2026-03-08", "2026-03-09"], "2026-03-10")).toEqual({ current: 2, longest: 2 });
    expect(computeStreaks(["2026-03-07", "2026-03-08"], "2026-03-10")).toEqual({ current: 0, longest: 2 });
  });

  it("crosses month and year boundaries", () => {
    expect(computeStreaks(["2025-12-31", "2026-01-01", "2026-02-28", "2026-03-01"], "2026-03-01")).toEqual({
      current: 2,
      longest: 2,
    });
  });
});
