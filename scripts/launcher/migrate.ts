// Applies the committed migrations with the project's own Prisma CLI (the WebAssembly
// schema engine configured in prisma.config.ts, so nothing is downloaded).
import path from "node:path";
import { LaunchError, oneLine } from "./errors";
import type { Lifecycle } from "./lifecycle";

export async function applyMigrations(
  lifecycle: Lifecycle,
  projectRoot: string,
  databaseUrl: string,
  /** e.g. `--config` for another migrations folder (a restore brings a database up step by step). */
  extraArgs: string[] = [],
): Promise<void> {
  const prisma = path.join(projectRoot, "node_modules/.bin/prisma");
  const { code, output } = await lifecycle.run(prisma, ["migrate", "deploy", ...extraArgs], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
    captureOutput: true,
  });
  lifecycle.checkpoint();
  if (code !== 0) throw new LaunchError(`Applying the database migrations failed: ${mainReason(output)}`);
  const applied = /(\d+) migrations? found/.exec(output)?.[1];
  console.log(
    /No pending migrations/.test(output)
      ? "Database schema is up to date."
      : `Applied the database migrations${applied ? ` (${applied} in prisma/migrations)` : ""}.`,
  );
}

/** Prisma prints its error code line (P3006, P1001, …) among much else: keep that. */
function mainReason(output: string): string {
  const lines = output.split("\n").map((line) => line.trim());
  const errorLine = lines.find((line) => /^(Error: )?P\d{4}\b/.test(line) || /^Error:/.test(line));
  const fallback = lines.filter(Boolean).at(-1) ?? "no output";
  return oneLine(errorLine ?? fallback).slice(0, 400);
}
