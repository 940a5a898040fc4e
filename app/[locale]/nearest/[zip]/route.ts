// The home page's "closest to you" (components/home/nearby-events.tsx) asks here for the
// remembered ZIP code: one address per ZIP code and language, so the answer is cached
// (its reads, and by any CDN) while the home page stays the same for everyone.
import { homeNearAnswer } from "@/lib/events/nearest-api";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/profiles";
import { isLocale } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string; zip: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { locale, zip } = await params;
  const answer = await homeNearAnswer(zip, isLocale(locale) ? locale : "en");
  if (!answer) {
    return Response.json(
      { error: "unknown-zip" },
      { status: 404, headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } },
    );
  }
  return Response.json(answer, { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
