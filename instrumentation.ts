// Runs once when a site server starts (not while building): starts the job runner,
// unless JOBS=0 says this instance only serves pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { NEXT_PHASE, JOBS } = env();
  if (NEXT_PHASE === "phase-production-build" || JOBS === "0") return;
  const { startJobRunner } = await import("@/lib/jobs/runner");
  await startJobRunner();
}
