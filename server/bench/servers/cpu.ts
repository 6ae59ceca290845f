import fs from "node:fs";
import type { Client } from "pg";

/**
 * The fields of /proc/<pid>/stat after the command name (so index 0 is field 3, the state), or null when the
 * process is gone. Times are in clock ticks of 1/100 s on Linux.
 */
function statFieldsOf(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc (Linux); 0 when it is gone. */
export function cpuMillisecondsOf(pid: number): number {
  const fields = statFieldsOf(pid);
  // Fields 14 and 15: utime, stime.
  return fields ? (Number(fields[11]) + Number(fields[12])) * 10 : 0;
}

/**
 * CPU time (user + system) of a process's children that have ended and been waited for, in milliseconds (fields 16
 * and 17: cutime, cstime); 0 when it is gone. For the PostgreSQL postmaster this is where the CPU of parallel query
 * workers ends up: they start and end within one statement, so no list of backends taken beforehand has them.
 */
export function endedChildrenCpuMillisecondsOf(pid: number): number {
  const fields = statFieldsOf(pid);
  return fields ? (Number(fields[13]) + Number(fields[14])) * 10 : 0;
}

/** The parent of a process (field 4; for a PostgreSQL backend, the postmaster), or null when it is gone. */
function parentOf(pid: number): number | null {
  const fields = statFieldsOf(pid);
  return fields ? Number(fields[1]) : null;
}

/** CPU used per request by one side: its Node process and its PostgreSQL backends. */
export interface CpuPerRequest {
  appMs: number;
  databaseMs: number;
}

/**
 * Measures the CPU one side spends while it is driven: the server process itself, the PostgreSQL backends
 * serving its pool (found by application_name in pg_stat_activity) and the parallel workers its statements started. Timing is noise on a shared machine; CPU per
 * request much less so, and it tells where a difference comes from.
 */
export class CpuMeter {
  private appMs = 0;
  private databaseMs = 0;
  private requests = 0;

  constructor(
    private readonly admin: Client,
    private readonly pid: number,
    private readonly applicationName: string,
  ) {}

  /** Runs `work` (which reports its request count) and adds the CPU it cost. */
  async measure<T extends { requests: number }>(work: () => Promise<T>): Promise<T> {
    const backends = await this.backends();
    // Parallel workers of this side's statements end within them; their CPU is found on the postmaster afterwards.
    // The sides take turns, so what ends during this run is this side's (and some autovacuum: noise, both sides).
    const postmaster = backends.length > 0 ? parentOf(backends[0]) : null;
    const endedBefore = postmaster === null ? 0 : endedChildrenCpuMillisecondsOf(postmaster);
    const appBefore = cpuMillisecondsOf(this.pid);
    const before = new Map(backends.map((pid) => [pid, cpuMillisecondsOf(pid)]));
    const result = await work();
    // Backends that appeared during the run count from zero (a new backend's CPU is all this run's).
    for (const pid of await this.backends()) if (!before.has(pid)) before.set(pid, 0);
    for (const [pid, start] of before) this.databaseMs += Math.max(0, cpuMillisecondsOf(pid) - start);
    if (postmaster !== null) this.databaseMs += Math.max(0, endedChildrenCpuMillisecondsOf(postmaster) - endedBefore);
    this.appMs += cpuMillisecondsOf(this.pid) - appBefore;
    this.requests += result.requests;
    return result;
  }

  perRequest(): CpuPerRequest {
    const requests = Math.max(1, this.requests);
    return { appMs: this.appMs / requests, databaseMs: this.databaseMs / requests };
  }

  private async backends(): Promise<number[]> {
    const { rows } = await this.admin.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [this.applicationName]);
    return rows.map((row: { pid: number }) => row.pid);
  }
}
