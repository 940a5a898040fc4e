// The launcher reports a failure as one line a person can act on, never a stack trace,
// and never a password from a connection string.

/** A failure the person starting the site can fix; its message is shown as is. */
export class LaunchError extends Error {}

/** The person asked the launcher to stop (Ctrl-C, SIGTERM) before the site was up. */
export class StopRequested extends Error {}

/** `postgresql://user:***@host:port/db`, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an invalid URL)";
  }
}

/** Collapses a multi-line message into one line and removes any secrets given. */
export function oneLine(message: string, secrets: string[] = []): string {
  let line = message.replace(/\s+/g, " ").trim();
  for (const secret of secrets.filter((s) => s.length > 0)) line = line.split(secret).join("***");
  return line;
}

/** The password in a connection string, so it can be removed from any output. */
export function passwordOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const password = new URL(url).password;
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

export function describeFailure(error: unknown, secrets: string[]): string {
  if (error instanceof LaunchError) return oneLine(error.message, secrets);
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`The launcher failed unexpectedly: ${message}`, secrets);
}
