// A message a form shows, named by its catalog key (messages/*.json) instead of written
// in English, so that the form's language picks the words: zod schemas, plain functions
// and onSuccess answer with `messageKey("Comments.nameMissing")`, and the action wrapper
// translates the answer into the language the form sent (lib/actions/translate-answer.ts).
// No "server-only": schemas shared with client forms build these too.

const PREFIX = "i18n:";

export type MessageValues = Record<string, string | number>;

/** A catalog key (with its ICU arguments) carried where a message is expected. */
export function messageKey(key: string, values?: MessageValues): string {
  return `${PREFIX}${key}${values ? `?${JSON.stringify(values)}` : ""}`;
}

/** The key and arguments inside a message built by messageKey; null for a message written out. */
export function readMessageKey(message: string): { key: string; values?: MessageValues } | null {
  if (!message.startsWith(PREFIX)) return null;
  const rest = message.slice(PREFIX.length);
  const split = rest.indexOf("?");
  if (split < 0) return { key: rest };
  return { key: rest.slice(0, split), values: JSON.parse(rest.slice(split + 1)) as MessageValues };
}
