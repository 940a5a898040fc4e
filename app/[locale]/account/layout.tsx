import type { ReactNode } from "react";
import { connection } from "next/server";

// Account pages render per request, like the rest of the staff area, so that Next.js
// can put this request's CSP nonce on their scripts (proxy.ts).
export const instant = false;

export default async function AccountLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
