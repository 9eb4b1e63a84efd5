export type Streaks = { current: number; longest: number };

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string): number => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/**
 * Streaks over the distinct local dates (YYYY-MM-DD) on which dreams were recorded. The
 * current streak survives until the end of today: a streak that ended yesterday still counts.
 */
export const computeStreaks = (dates: string[], today: string): Streaks => {
  const days = [...new Set(dates.map(dayNumber))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of days) {
    run = day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const last = days.at(-1);
  const todayNumber = dayNumber(today);
  const current = last !== undefined && todayNumber - last <= 1 ? run : 0;
  return { current, longest };
};
