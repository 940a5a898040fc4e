"use client";
// "Closest to you" on the home page: the page is the same for everyone (cached), so this
// island reads the remembered ZIP code in the resident's own browser and asks the cached
// ZIP-keyed address for the nearest few events, already worded in the page's language.
// Without JavaScript the page offers a link to the same search instead (a <noscript>).
import { useEffect, useState } from "react";
import type { HomeNearAnswer } from "@/lib/events/nearest-api";
import { rememberedLocationIn } from "@/lib/geo/remembered-location";

/** `endpoint`: the page's language's /nearest address, e.g. "/es/nearest". */
export function NearbyEvents({ endpoint }: { endpoint: string }) {
  const [answer, setAnswer] = useState<HomeNearAnswer | null>(null);

  useEffect(() => {
    const zip = rememberedLocationIn(document.cookie)?.zip?.slice(0, 5);
    if (!zip) return;
    const controller = new AbortController();
    fetch(`${endpoint}/${zip}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<HomeNearAnswer>) : null))
      .then(setAnswer)
      // Offline or aborted: the national list and the search form are still there.
      .catch(() => undefined);
    return () => controller.abort();
  }, [endpoint]);

  if (!answer) return null;
  return (
    <section aria-labelledby="near-you" className="mb-8 rounded-xl border-2 border-brand-800 p-5">
      <h2 id="near-you" className="text-2xl font-bold">
        {answer.heading}
      </h2>
      <p className="mt-1 text-slate-700">{answer.intro}</p>
      {answer.empty ? (
        <p className="mt-3">{answer.empty}</p>
      ) : (
        <ol className="mt-3 divide-y divide-slate-200">
          {answer.events.map((event) => (
            <li key={event.href} className="py-3">
              <p className="text-sm font-semibold text-brand-800">{event.distance}</p>
              <p className="text-lg font-semibold leading-snug">
                <a href={event.href} lang={event.lang}>
                  {event.title}
                </a>
                {event.cancelled && (
                  <span className="ml-2 inline-block rounded bg-red-100 px-2 py-0.5 text-sm font-bold uppercase text-red-800">
                    {event.cancelled}
                  </span>
                )}
              </p>
              <p className="text-slate-800">{event.when}</p>
              <p className="text-slate-700">{event.place}</p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-2">
        <a href={answer.more.href}>{answer.more.text}</a>
      </p>
    </section>
  );
}
