// Readiness: PostgreSQL answers within a bound. 503 takes this instance out of a load
// balancer's rotation until it recovers. Says which check failed, nothing more.
import { connection } from "next/server";
import { readiness } from "@/lib/health/readiness";

export async function GET() {
  await connection();
  const { ready, checks } = await readiness();
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
