// Watches PostgreSQL from the site's server: one `SELECT 1` a second on a connection of
// its own, each bounded. While it fails, the server answers 503 at once instead of
// letting requests queue behind a database that does not answer.
import pg from "pg";

export class DatabaseWatch {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** False from the first failed probe until the next one that succeeds. */
  up = true;

  constructor(
    private readonly databaseUrl: string,
    private readonly timeoutMs: number,
    private readonly intervalMs = 1_000,
  ) {}

  start(): void {
    void this.probe();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.drop();
  }

  private async probe(): Promise<void> {
    const wasUp = this.up;
    let problem = "";
    try {
      if (!this.client) {
        const client = new pg.Client({
          connectionString: this.databaseUrl,
          connectionTimeoutMillis: this.timeoutMs,
          query_timeout: this.timeoutMs,
          application_name: "cwac-database-watch",
        });
        client.on("error", () => this.drop());
        this.client = client;
        await client.connect();
      }
      await this.client.query("SELECT 1");
      this.up = true;
    } catch (error) {
      this.up = false;
      problem = error instanceof Error ? error.message : String(error);
      this.drop();
    }
    if (wasUp !== this.up) {
      console.log(
        this.up
          ? "Database: answering again."
          : `Database: not answering (${problem}); answering 503 until it does.`,
      );
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => void this.probe(), this.intervalMs);
      this.timer.unref();
    }
  }

  private drop(): void {
    const client = this.client;
    this.client = undefined;
    // A stalled server may never answer the goodbye: do not wait for it.
    client?.end().catch(() => {});
  }
}
