import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export type Ready = { port: number; token?: string; kind?: string };

/** Starts a bench server in its own process and waits for its READY line. */
export const startServer = (
  script: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; ready: Ready }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) resolve({ child, ready: JSON.parse(line.slice(6)) as Ready });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });

export const stopServer = (child: ChildProcess) =>
  new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"));
