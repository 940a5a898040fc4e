// Structured logs: one JSON line per event on stdout, for whatever collects them
// (journald, a log shipper). Never passwords, tokens, emails or raw client addresses:
// callers log paths without their query, and these keys are redacted wherever they appear.
import pino from "pino";
import { env } from "../env";

export const REQUEST_ID_HEADER = "x-request-id";

let instance: pino.Logger | undefined;

/** The process's logger, made on first use at LOG_LEVEL. */
export function logger(destination?: pino.DestinationStream): pino.Logger {
  if (instance && !destination) return instance;
  const made = pino(
    {
      level: env().LOG_LEVEL,
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "email",
          "*.email",
          "cookie",
          "*.cookie",
          "address",
        ],
        censor: "[redacted]",
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
  if (!destination) instance = made;
  return made;
}

const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[a-z]{2,}/gi;

/** An error's first line, short, with anything that looks like an email removed. */
export function safeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").slice(0, 200).replace(EMAIL, "[email]");
}

/** A URL's path alone: queries can hold tokens (reset links) and what people searched. */
export function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0]?.slice(0, 300) ?? "/";
}
