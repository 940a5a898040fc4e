import { notFound } from "next/navigation";
import { connection } from "next/server";

// An unknown admin address gets its 404 rendered per request, like every staff page, so
// its scripts carry this request's CSP nonce (the prerendered 404 has none: proxy.ts).
export default async function UnknownAdminPage(): Promise<never> {
  await connection();
  notFound();
}
