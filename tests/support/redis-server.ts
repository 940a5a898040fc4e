// A throwaway redis-server for tests that run several site instances against one
// shared cache: on a free loopback port, with no persistence (nothing is written to
// disk), stopped by the test. Debian's redis-server is installed by
// scripts/ensure-redis.sh, which .ci/run calls.
import { spawn } from "node:child_process";
import net from "node:net";
import { findFreePort } from "../../scripts/db/free-port";
import { stopChild } from "./child-process";

export type RedisServer = { url: string; port: number; stop: () => Promise<void> };

const READY_TIMEOUT_MS = 10_000;

/** Starts redis-server on a free port and resolves once it answers PING. */
export async function startRedisServer(): Promise<RedisServer> {
  let lastError: unknown;
  // Another process may take the free port before redis-server binds it: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await findFreePort();
    try {
      return await startOn(port);
    } catch (error) {
      lastError = error;
      if (error instanceof RedisMissing) break;
    }
  }
  throw lastError;
}

class RedisMissing extends Error {}

async function startOn(port: number): Promise<RedisServer> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  // Expiry and eviction events: shared-cache handlers (e.g. @trieb.work/nextjs-turbo-redis-cache)
  // drop their in-memory copies on them, and refuse to start without them.
  args.push("--notify-keyspace-events", "Exe");
  const binary = process.env.REDIS_SERVER_PATH ?? "redis-server";
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // A test that crashes must not leave the server running.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new RedisMissing(`${binary} is not installed: run bash scripts/ensure-redis.sh`)
          : error,
      ),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited (code ${code}):\n${output}`)));
  });
  try {
    await Promise.race([waitForPong(port), exited]);
  } catch (error) {
    process.removeListener("exit", killOnExit);
    child.kill("SIGKILL");
    throw error;
  }
  exited.catch(() => {});
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      process.removeListener("exit", killOnExit);
      await stopChild(child, 5_000);
    },
  };
}

async function waitForPong(port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await answersPing(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${READY_TIMEOUT_MS / 1000} s`);
}

/** One PING over a raw connection: true on "+PONG". */
export function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}
