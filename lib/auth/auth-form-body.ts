// next-auth's endpoints take small url-encoded forms. Anything else (JSON, text,
// broken multipart, megabytes) is refused with a 4xx before it is read in full.
import "server-only";

export const AUTH_FORM_MAX_BYTES = 16 * 1024;
const FORM_TYPE = "application/x-www-form-urlencoded";

export type AuthFormBody =
  { ok: true; form: URLSearchParams; text: string } | { ok: false; response: Response };

function refuse(status: 400 | 413 | 415, message: string): { ok: false; response: Response } {
  return {
    ok: false,
    response: new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } }),
  };
}

async function readAtMost(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

export async function readAuthForm(request: Request): Promise<AuthFormBody> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== FORM_TYPE) return refuse(415, "Sign-in takes the sign-in form only.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > AUTH_FORM_MAX_BYTES) return refuse(413, "That sign-in form is too large.");
  const text = await readAtMost(request, AUTH_FORM_MAX_BYTES);
  if (text === null) return refuse(413, "That sign-in form is too large.");
  return { ok: true, form: new URLSearchParams(text), text };
}
