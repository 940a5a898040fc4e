// Resident memory of the site's server process and everything it started, sampled from
// /proc/<pid>/status (VmRSS) while the load runs; the peak is what the 400 MB
// target is about.
import fs from "node:fs";
import { descendantsOf } from "./site";

function residentKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

export function treeResidentMb(pid: number): number {
  return [pid, ...descendantsOf(pid)].reduce((sum, p) => sum + residentKb(p), 0) / 1024;
}

export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private windowPeak = 0;
  peak = 0;

  constructor(
    private readonly pid: () => number | undefined,
    private readonly everyMs = 200,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  /** The peak since the last call (one page's run). */
  takeWindowPeak(): number {
    this.sample();
    const peak = this.windowPeak;
    this.windowPeak = 0;
    return peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const pid = this.pid();
    if (pid === undefined) return;
    const mb = treeResidentMb(pid);
    this.windowPeak = Math.max(this.windowPeak, mb);
    this.peak = Math.max(this.peak, mb);
  }
}
