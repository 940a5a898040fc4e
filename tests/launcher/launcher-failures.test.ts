// The launcher as a person meets it: `npm start` in a shell. Each way it can fail
// before the site is up must end with one clear line on stderr and a non-zero exit.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/db/free-port";
import { runLauncher, temporaryDir, TIMEOUT_MS, type LauncherRun } from "./run-launcher";

function expectOneCleanErrorLine(run: LauncherRun): string {
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(`${run.stdout}${run.stderr}`).not.toContain("    at ");
  return lines[0] ?? "";
}

describe("the launcher (npm start)", () => {
  it(
    "refuses a port already in use before starting anything, and says how to pick another",
    async () => {
      const port = await findFreePort();
      const occupier = net.createServer();
      await new Promise<void>((resolve) => occupier.listen(port, resolve));
      const dataDir = path.join(temporaryDir(), "postgres");
      try {
        const run = await runLauncher({ PORT: String(port), DATA_DIR: dataDir });
        expect(expectOneCleanErrorLine(run)).toBe(
          `Port ${port} is already in use; set PORT to another port, e.g. PORT=${port + 1} npm start`,
        );
        expect(fs.existsSync(dataDir)).toBe(false);
      } finally {
        await new Promise((resolve) => occupier.close(resolve));
      }
    },
    TIMEOUT_MS,
  );

  it(
    "names a damaged data folder (garbage PG_VERSION) and says to move it away",
    async () => {
      const dataDir = temporaryDir();
      fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "garbage\n");
      fs.writeFileSync(path.join(dataDir, "junk.bin"), "not a database\n");
      const run = await runLauncher({ PORT: String(await findFreePort()), DATA_DIR: dataDir });
      const message = expectOneCleanErrorLine(run);
      expect(message).toContain(`PostgreSQL did not start from ${dataDir}`);
      expect(message).toContain("move it away (or set DATA_DIR to another folder)");
    },
    TIMEOUT_MS,
  );

  it(
    "refuses a non-empty folder that is not a PostgreSQL data folder",
    async () => {
      const dataDir = temporaryDir();
      fs.writeFileSync(path.join(dataDir, "notes.txt"), "someone else's files\n");
      const run = await runLauncher({ PORT: String(await findFreePort()), DATA_DIR: dataDir });
      expect(expectOneCleanErrorLine(run)).toBe(
        `The data folder ${dataDir} is not a PostgreSQL data folder. Move it away or delete it to start afresh.`,
      );
      expect(fs.readdirSync(dataDir)).toEqual(["notes.txt"]);
    },
    TIMEOUT_MS,
  );

  it(
    "reports an unreachable DATABASE_URL by host and port, without its password",
    async () => {
      const closedPort = await findFreePort();
      const run = await runLauncher({
        PORT: String(await findFreePort()),
        DATA_DIR: path.join(temporaryDir(), "unused"),
        DATABASE_URL: `postgresql://u:secret@127.0.0.1:${closedPort}/x`,
      });
      expect(expectOneCleanErrorLine(run)).toBe(
        `Cannot reach PostgreSQL at 127.0.0.1:${closedPort} (ECONNREFUSED) — check DATABASE_URL`,
      );
      expect(`${run.stdout}${run.stderr}`).not.toContain("secret");
    },
    TIMEOUT_MS,
  );
});
