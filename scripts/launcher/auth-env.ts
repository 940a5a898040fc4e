// Session settings and the public address for the site the launcher runs. With the
// embedded (local, demo) PostgreSQL, a random NEXTAUTH_SECRET is made once and kept
// inside its data folder; with a DATABASE_URL the person running the site must set
// NEXTAUTH_SECRET themselves. The address defaults to this port on localhost, so that
// links in emails, feeds and the widget snippet work on PORT=3001 too.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { LaunchConfig } from "./config";

function localSecret(config: LaunchConfig): string {
  // Inside the data folder, so that two data folders never share a secret.
  const file = path.join(config.dataDir, "cwac-nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export function authEnv(
  config: LaunchConfig,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const extra: Record<string, string> = {};
  const address = env.NEXTAUTH_URL ?? `http://localhost:${config.port}`;
  if (!env.NEXTAUTH_URL) extra.NEXTAUTH_URL = address;
  // Behind a proxy the public address cannot be guessed: the site then says it is missing.
  if (!env.SITE_URL && (env.NEXTAUTH_URL || !env.TRUST_PROXY)) extra.SITE_URL = address;
  if (!config.databaseUrl) {
    if (!env.NEXTAUTH_SECRET) extra.NEXTAUTH_SECRET = localSecret(config);
    // The embedded database is a demo: emails wait in its outbox unless SMTP is set.
    if (!env.SMTP_URL && !env.MAIL_OUTBOX) extra.MAIL_OUTBOX = "1";
  }
  return extra;
}
