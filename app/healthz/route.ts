// Liveness: the process answers. Never touches the database, so a database outage does
// not make a supervisor restart healthy processes.
import { connection } from "next/server";

export async function GET() {
  await connection();
  return new Response("ok\n", {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
