// One-click unsubscribe (RFC 8058): the address in every alert email's List-Unsubscribe
// header. A mail client POSTs "List-Unsubscribe=One-Click" here, with no page and no
// cookie; the token in the address is the only right needed (lib/auth/guards.ts
// requireAlertLink). A GET (a person who pasted the address) goes to the page with the button.
import type { NextRequest } from "next/server";
import { isAuthError } from "@/lib/auth/errors";
import { deleteSubscription } from "@/lib/alerts/delete-subscription";
import { LinkToken } from "@/lib/alerts/schemas";
import { absoluteUrl } from "@/lib/feeds/site-url";

const PRIVATE = { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" };

const tokenOf = (request: NextRequest) => LinkToken.parse(request.nextUrl.searchParams.get("token") ?? "");

export async function POST(request: NextRequest) {
  try {
    await deleteSubscription(null, { token: tokenOf(request) });
    return new Response("Unsubscribed. / Suscripción cancelada.\n", { status: 200, headers: PRIVATE });
  } catch (error) {
    if (!isAuthError(error)) throw error;
    // Already stopped, or never was: nothing more will be sent either way.
    return new Response("No such alerts. / No existen esos avisos.\n", { status: 404, headers: PRIVATE });
  }
}

export function GET(request: NextRequest) {
  // The site's public address (SITE_URL), not the one this server was reached at behind a proxy.
  return Response.redirect(
    absoluteUrl(`/alerts/unsubscribe?token=${encodeURIComponent(tokenOf(request))}`),
    303,
  );
}
