// Which hosting departments the signed-in visitor may answer for on an event: asked by
// the event page in the browser (components/comments/comment-forms.tsx), so that the
// page itself stays the same for everyone and can be cached. Anonymous visitors and
// residents get an empty list; department names are public anyway.
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { officialReplyDepartments } from "@/lib/comments/queries";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const eventId = request.nextUrl.searchParams.get("event") ?? "";
  const departments = /^[\w-]{1,64}$/.test(eventId)
    ? await officialReplyDepartments(await getCurrentUser(), eventId)
    : [];
  return Response.json({ departments }, { headers: PRIVATE });
}
