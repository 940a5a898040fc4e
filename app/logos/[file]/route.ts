import { readLogoFile } from "@/lib/departments/queries";

type Context = { params: Promise<{ file: string }> };

/** A department logo rendition. Its name carries a content hash, so it never changes: cached for a year. */
export async function GET(_request: Request, { params }: Context) {
  const stored = await readLogoFile((await params).file);
  if (!stored) {
    return new Response("No such logo", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
    });
  }
  return new Response(new Uint8Array(stored.body), {
    headers: {
      "Content-Type": stored.contentType,
      "Content-Length": String(stored.body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
