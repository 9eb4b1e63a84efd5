import type { File, Task } from "vitest";
import type { Reporter } from "vitest/reporters";

const collect = (tasks: Task[], counts: { passed: number; failed: number; skipped: number }) => {
  for (const task of tasks) {
    if (task.type === "suite") {
      collect(task.tasks, counts);
      continue;
    }
    const state = task.result?.state;
    if (state === "pass") counts.passed++;
    else if (state === "fail") counts.failed++;
    else counts.skipped++;
  }
};

/** Ends every run with one plain line, `N passed, N failed`, that CI reads. */
export default class SummaryReporter implements Reporter {
  onFinished(files: File[] = [], errors: unknown[] = []) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const file of files) {
      collect(file.tasks, counts);
      if (file.result?.state === "fail" && file.tasks.length === 0) counts.failed++;
    }
    counts.failed += errors.length;
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : "";
    console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
  }
}
