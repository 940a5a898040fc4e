"use client";
import { useEffect, useState } from "react";

/**
 * "Use my location": shown only when JavaScript and geolocation are available. It puts
 * the coordinates in the form and submits it; the ZIP code field stays the fallback.
 * It is in the page's HTML, so that the form does not move when the page hydrates
 * (Lighthouse counted the shift); CSS hides it where scripting is off (`noscript:`), and
 * it leaves after hydration in a browser without geolocation.
 */
export function GeolocateButton({ labels }: { labels: { button: string; finding: string; failed: string } }) {
  const [supported, setSupported] = useState(true);
  const [message, setMessage] = useState("");
  useEffect(() => setSupported("geolocation" in navigator), []);
  if (!supported) return null;

  function locate(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    setMessage(labels.finding);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        for (const [name, value] of [
          ["lat", coords.latitude],
          ["lng", coords.longitude],
        ] as const) {
          const input =
            (form.elements.namedItem(name) as HTMLInputElement | null) ??
            form.appendChild(Object.assign(document.createElement("input"), { type: "hidden", name }));
          input.value = value.toFixed(4);
        }
        const zip = form.elements.namedItem("zip") as HTMLInputElement | null;
        if (zip) zip.value = "";
        form.requestSubmit();
      },
      () => setMessage(labels.failed),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  }

  return (
    <div className="flex flex-col gap-1 noscript:hidden">
      <button
        type="button"
        onClick={locate}
        className="min-h-11 rounded border-2 border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800"
      >
        {labels.button}
      </button>
      <p role="status" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
