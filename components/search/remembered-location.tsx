"use client";
// Puts the ZIP code and distance of the last search back into a search form once the
// page has loaded. The page is the same for everyone (so it can be cached); only this
// reads the resident's cookie, in their own browser.
import { useEffect } from "react";
import { rememberedLocationIn } from "@/lib/geo/remembered-location";

export function RememberedLocation({ zipId, radiusId }: { zipId: string; radiusId: string }) {
  useEffect(() => {
    const zip = document.getElementById(zipId);
    const radius = document.getElementById(radiusId);
    if (!(zip instanceof HTMLInputElement) || zip.value) return;
    // Only a ZIP code is put back: coordinates would be invisible in the form.
    const remembered = rememberedLocationIn(document.cookie);
    if (!remembered?.zip) return;
    zip.value = remembered.zip;
    if (radius instanceof HTMLSelectElement && remembered.radius) radius.value = remembered.radius;
  }, [zipId, radiusId]);
  return null;
}
