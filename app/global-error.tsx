"use client";
/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: see below */

// Last resort when the root layout itself fails; it must render its own <html>. It has
// no language segment and no layout to hand it the catalogs' words (importing them here
// would send every language's catalog with every page), so it says its few words in both
// languages itself (the same words as the catalogs' "Errors" namespace). Plain links: a
// page whose root layout failed is best loaded afresh, and next/link here put its code
// in a chunk of its own that every page loaded (decision 0029).
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body
        style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem", margin: "0 auto" }}
      >
        <h1>Something went wrong on our side</h1>
        <p>The site could not be loaded just now. Please try again in a moment.</p>
        <p>
          <a href="/">Go to the home page</a>
        </p>
        <div lang="es">
          <h2>Algo salió mal de nuestro lado</h2>
          <p>No se pudo cargar el sitio en este momento. Intente de nuevo en un momento.</p>
          <p>
            <a href="/es">Ir a la página de inicio</a>
          </p>
        </div>
        {error.digest && <p>Reference / Referencia: {error.digest}</p>}
      </body>
    </html>
  );
}
