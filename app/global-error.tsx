"use client";

import Link from "next/link";
import { errorTexts } from "@/lib/i18n/error-texts";

// Last resort when the root layout itself fails; it must render its own <html>. It has
// no language segment to read, so it speaks both.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const en = errorTexts("en");
  const es = errorTexts("es");
  return (
    <html lang="en">
      <body
        style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem", margin: "0 auto" }}
      >
        <h1>{en.heading}</h1>
        <p>{en.siteBody}</p>
        <p>
          <Link href="/">{en.home}</Link>
        </p>
        <div lang="es">
          <h2>{es.heading}</h2>
          <p>{es.siteBody}</p>
          <p>
            <Link href="/es">{es.home}</Link>
          </p>
        </div>
        {error.digest && (
          <p>
            {en.reference} {error.digest}
          </p>
        )}
      </body>
    </html>
  );
}
