// The one place that reads process.env. next.config.ts imports it, so a bad
// environment fails at start, not at the first request.
import proxyaddr from "proxy-addr";
import { z } from "zod";

function trustProxyIsValid(value: string): boolean {
  if (/^\d+$/.test(value)) return true;
  try {
    proxyaddr.compile(
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    );
    return true;
  } catch {
    return false;
  }
}

/** SITE_OPERATOR when unset: the trust pages then name the operators in the page's language. */
export const DEFAULT_SITE_OPERATOR = "the team that runs this site";

const ObjectSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({
      error: "DATABASE_URL is not set: start the site with `npm start`, or set it to a PostgreSQL URL",
    })
    .url("DATABASE_URL must be a URL such as postgresql://user:password@host:5432/database"),
  /** The port the site's server listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** On SIGTERM, how long requests in flight may take before connections are closed. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(120).default(10),
  /** How long the site server answers a public page from memory (0: never), scripts/server/response-cache.ts. */
  RESPONSE_CACHE_SECONDS: z.coerce.number().min(0).max(30).default(1),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a request waits for a connection or a query before it gives up (503). */
  DATABASE_TIMEOUT_SECONDS: z.coerce.number().min(0.5).max(60).default(5),
  /** The public address (links in emails, feeds, calendars). Required behind a proxy in production. */
  SITE_URL: z.string().url().optional(),
  /** Who runs the site, named on the privacy, accessibility and contact pages. */
  SITE_OPERATOR: z.string().trim().min(1).default(DEFAULT_SITE_OPERATOR),
  /** Where residents write to the operators (privacy questions, accessibility problems); unset: no address is shown. */
  SITE_CONTACT_EMAIL: z.string().email("SITE_CONTACT_EMAIL must be an email address").optional(),
  /**
   * Which proxies in front of the site to believe about the client's address (their
   * X-Forwarded-For), as Express's "trust proxy": a hop count ("1"), or addresses and
   * subnets ("loopback", "10.0.0.0/8, 192.0.2.7"). Unset: the connection's own address.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || trustProxyIsValid(value), {
      error: 'TRUST_PROXY must be a hop count such as 1, or addresses/subnets such as "loopback, 10.0.0.0/8"',
    }),
  /** Replaced by TRUST_PROXY; refused so that a stale setting cannot go unnoticed. */
  TRUSTED_PROXY_HEADER: z
    .undefined({ error: "TRUSTED_PROXY_HEADER is replaced by TRUST_PROXY (see the README); remove it" })
    .optional(),
  /**
   * Secret salt for hashing client addresses (only the hash is stored). Unset, it is
   * derived from the session secret, which production must set anyway.
   */
  ADDRESS_HASH_SALT: z.string().min(16, "ADDRESS_HASH_SALT must be at least 16 characters").optional(),
  /** Comma-separated words or phrases that hold a comment for review with that reason. */
  HELD_WORDS: z.string().default("casino,viagra,crypto giveaway,payday loan,bitcoin"),
  /** More links than this in one comment holds it for review. */
  COMMENT_MAX_LINKS: z.coerce.number().int().min(0).default(2),
  /** A comment sent sooner than this after the form was shown is treated as a bot's. */
  COMMENT_MIN_SECONDS: z.coerce.number().int().min(0).default(3),
  /** Comments and replies one address may send per window (COMMENT_WINDOW_MINUTES). */
  COMMENT_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(10),
  /** Comments one event may receive per window, from everyone together. */
  COMMENT_LIMIT_PER_EVENT: z.coerce.number().int().min(1).default(60),
  COMMENT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(10),
  /** Open reports that send an approved comment back to the queue, hidden. */
  COMMENT_REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).default(3),
  /** Alert sign-ups (lib/alerts) one address may send per hour. */
  ALERT_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(10),
  /** Confirmation emails one email address may be sent per day, however many addresses ask. */
  ALERT_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(3),
  /** pino's level for the JSON logs: fatal, error, warn, info (one line per request), debug. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** 0: this instance runs no background jobs (lib/jobs/runner.ts); another one must. */
  JOBS: z.enum(["0", "1"]).default("1"),
  /**
   * redis://host:6379 (Redis or Valkey, with notify-keyspace-events Exe): instances share
   * the cache of public pages and its invalidations. Unset: each instance caches in memory.
   */
  REDIS_URL: z.string().url("REDIS_URL must be a URL such as redis://cache.internal:6379").optional(),
  /** Where `next build` writes; lets several builds of one checkout coexist (tests). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  /** Set by Next.js; "phase-production-build" while `next build` runs. */
  NEXT_PHASE: z.string().optional(),
  /** Signs session cookies (next-auth). Required in production; see lib/auth/secret.ts. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** The site's public origin for next-auth's redirects, e.g. https://coffeewithacop.example.org */
  NEXTAUTH_URL: z.string().url("NEXTAUTH_URL must be a URL such as https://example.org").optional(),
  /** smtp://user:password@host:587 to send email. Required in production unless MAIL_OUTBOX=1. */
  SMTP_URL: z.string().url().optional(),
  /**
   * 1: keep emails in the outbox (/admin/outbox) instead of sending them. The launcher
   * sets it for the embedded demo database; a production site must not, since live
   * reset and invitation links would sit there, and in every backup.
   */
  MAIL_OUTBOX: z.enum(["0", "1"]).optional(),
  MAIL_FROM: z.string().min(3).default("Coffee with a Cop <no-reply@coffeewithacop.test>"),
  /** Where uploaded images (department logos) are kept when S3_BUCKET is not set; relative to the project. */
  UPLOADS_DIR: z.string().trim().min(1).default(".data/uploads"),
  /** An S3-compatible bucket for uploaded images, for several instances (replaces UPLOADS_DIR). */
  S3_BUCKET: z.string().trim().min(3).optional(),
  /** The S3-compatible server, e.g. https://s3.example.net or http://127.0.0.1:9000; unset: AWS S3. */
  S3_ENDPOINT: z.string().url("S3_ENDPOINT must be a URL such as https://s3.example.net").optional(),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  /** Both or neither: unset, the AWS SDK finds credentials itself (AWS_* variables, instance role). */
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
});

/** What a production server needs to be safe, checked at start (not while building). */
const EnvSchema = ObjectSchema.superRefine((values, context) => {
  if (Boolean(values.S3_ACCESS_KEY_ID) !== Boolean(values.S3_SECRET_ACCESS_KEY)) {
    context.addIssue({
      code: "custom",
      path: [values.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
      message: "set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither",
    });
  }
  if (values.NODE_ENV !== "production" || values.NEXT_PHASE === "phase-production-build") return;
  if (!values.NEXTAUTH_SECRET) {
    context.addIssue({
      code: "custom",
      path: ["NEXTAUTH_SECRET"],
      message: "required in production (e.g. `openssl rand -base64 32`)",
    });
  }
  if (values.TRUST_PROXY && !values.SITE_URL) {
    context.addIssue({
      code: "custom",
      path: ["SITE_URL"],
      message:
        "required behind a proxy (TRUST_PROXY is set): the address residents use, e.g. https://cwac.example.org, for links in emails, feeds and calendars",
    });
  }
  if (!values.SMTP_URL && values.MAIL_OUTBOX !== "1") {
    context.addIssue({
      code: "custom",
      path: ["SMTP_URL"],
      message:
        "required in production, so that invitation and reset links are emailed, not kept in the database (MAIL_OUTBOX=1 keeps them there, for a demo)",
    });
  }
}).transform((values) => ({ ...values, SITE_URL: values.SITE_URL ?? "http://localhost:3000" }));

export type Env = z.output<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  cached = parsed.data;
  return cached;
}
