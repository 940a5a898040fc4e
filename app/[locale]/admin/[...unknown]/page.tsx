import { notFound } from "next/navigation";
import { connection } from "next/server";
import { userForPage } from "@/lib/auth/page-guards";

type Props = { params: Promise<{ unknown: string[] }> };

// An unknown admin address: anonymous visitors are sent to sign in, as from every admin
// page (so nothing tells them which addresses exist); signed-in people get a 404,
// rendered per request so its scripts carry this request's CSP nonce (proxy.ts).
export default async function UnknownAdminPage({ params }: Props): Promise<never> {
  await connection();
  const { unknown } = await params;
  await userForPage(`/admin/${unknown.map(encodeURIComponent).join("/")}`);
  notFound();
}
