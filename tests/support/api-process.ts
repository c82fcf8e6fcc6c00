/**
 * The real API (`api/src/main.ts`) or one of its tools in a child process, as a user starts it: for
 * the tests of the first run, the embedded database, the refused starts, the token tool and the graceful
 * shutdown.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { repositoryRoot } from "./paths.js";

/** The environment of a user who set nothing (no DATABASE_URL, no secret, no HOST), plus `extra`. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info", ...extra };
  for (const name of ["DATABASE_URL", "JWT_SECRET", "JWKS_URL", "GATEWAY_SECRET", "NODE_ENV", "HOST"]) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

/** Runs a TypeScript entry point of the repository (through tsx). */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: repositoryRoot, env });
}

export interface ApiProcess {
  child: ChildProcess;
  /** http://localhost:<port>/graphql, as the API announces it. */
  url: string;
  /** Everything it printed so far. */
  log: string[];
}

/** Starts the API; resolves once it listens, or rejects with its output if it exits first. */
export function startApi(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const child = runScript("api/src/main.ts", [], env);
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join("")}`)), 120_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = /on (http:\/\/localhost:\d+\/graphql)/.exec(log.join(""));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], log });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log.join("")}`));
    });
  });
}

/** SIGTERM, then waits for the exit. */
export async function stopApi(api: { child: ChildProcess }): Promise<void> {
  if (api.child.exitCode !== null) return;
  const exited = new Promise((resolve) => api.child.on("exit", resolve));
  api.child.kill("SIGTERM");
  await exited;
}

/** Waits for a process to end: its exit code and everything it printed. */
export function finish(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}
