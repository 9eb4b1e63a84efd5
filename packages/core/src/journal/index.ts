export * from "./compute-streaks";
