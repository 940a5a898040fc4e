// The frame both backup commands run in: a stop signal ends them cleanly, a failure is
// one line without secrets and exit code 1, and a database they opened is stopped.
import type { TargetDatabase } from "./database";
import { describeFailure, passwordOf, StopRequested } from "../launcher/errors";
import { Lifecycle } from "../launcher/lifecycle";

export async function runDatabaseCommand(
  stoppedMessage: string,
  body: (lifecycle: Lifecycle, opened: (database: TargetDatabase) => TargetDatabase) => Promise<void>,
): Promise<number> {
  const lifecycle = new Lifecycle();
  let database: TargetDatabase | undefined;
  try {
    await body(lifecycle, (opened) => (database = opened));
    return 0;
  } catch (error) {
    console.error(
      error instanceof StopRequested
        ? stoppedMessage
        : describeFailure(error, passwordOf(process.env.DATABASE_URL)),
    );
    return 1;
  } finally {
    await database?.stop();
  }
}
