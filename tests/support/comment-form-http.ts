// A comment posted the way a browser without JavaScript posts it: the event page's
// hidden form fields, sent back as a plain form POST. Shared by the burst test and bench.
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export const RECEIVED_TEXT = "it will appear here after a moderator reviews it";

/** The hidden fields of an event page's main comment form. */
export async function commentFormFields(baseUrl: string, path: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const form = html.split("<form").find((part) => part.includes('id="comment-body"'));
  if (!form) throw new Error(`no comment form on ${path}`);
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields[decode(name)] = decode(/value="([^"]*)"/.exec(input[0])?.[1] ?? "");
  }
  return fields;
}

/** Posts one comment from `clientAddress` (sent in x-forwarded-for); answers the status and whether it was received. */
export async function postCommentForm(
  baseUrl: string,
  path: string,
  fields: Record<string, string>,
  comment: { idempotencyKey: string; authorName: string; body: string; clientAddress: string },
): Promise<{ status: number; received: boolean }> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  body.set("idempotencyKey", comment.idempotencyKey);
  body.set("authorName", comment.authorName);
  body.set("body", comment.body);
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    body,
    // A browser sends its Origin with every form POST; Next.js checks it for server actions.
    headers: { "x-forwarded-for": comment.clientAddress, origin: new URL(baseUrl).origin },
  });
  const html = await response.text();
  return { status: response.status, received: html.includes(RECEIVED_TEXT) };
}
