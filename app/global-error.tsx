"use client";

import Link from "next/link";

// Last resort when the root layout itself fails; it must render its own <html>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body
        style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem", margin: "0 auto" }}
      >
        <h1>Something went wrong on our side</h1>
        <p>The site could not be loaded just now. Please try again in a moment.</p>
        <p>
          <Link href="/">Go to the home page</Link>
        </p>
        {error.digest && <p>Reference: {error.digest}</p>}
      </body>
    </html>
  );
}
