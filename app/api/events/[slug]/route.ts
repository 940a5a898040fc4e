import { findPublicEvent } from "@/lib/events/queries";
import { CORS_HEADERS, publicEventDetail } from "@/lib/events/search-api";
import { notFoundResponse } from "@/lib/feeds/responses";

type Context = { params: Promise<{ slug: string }> };

/** One public event with its full address and hosts; drafts are a 404 like unknown slugs. */
export async function GET(_request: Request, { params }: Context) {
  const event = await findPublicEvent((await params).slug);
  if (!event) return notFoundResponse("The event");
  return Response.json({ event: publicEventDetail(event) }, { headers: CORS_HEADERS });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
