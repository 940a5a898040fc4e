import type { ReactNode } from "react";
import { connection } from "next/server";

// Alert pages render per request: the sign-up form carries a fresh time-trap token, and
// the other pages read the token of a link from an email (never cached, never shared).
export const instant = false;

export default async function AlertsLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
