// Runs once when a site server starts (not while building): starts the job runner,
// unless JOBS=0 says this instance only serves pages. Failed requests are logged as
// JSON lines with their request id and the error page's reference.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { NEXT_PHASE, JOBS } = env();
  if (NEXT_PHASE === "phase-production-build" || JOBS === "0") return;
  const { startJobRunner } = await import("@/lib/jobs/runner");
  await startJobRunner();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/logging/request-error");
  logRequestError(error, request, context);
};
