// Reads of one subscription, by the token of a link in its emails. The address is shown
// masked even to the link's holder (an email may be forwarded), and to nobody else.
import "server-only";
import { prisma } from "@/lib/db/client";
import { hashLinkToken } from "./links";

const subscriptionSelect = {
  id: true,
  email: true,
  zip: true,
  radiusMiles: true,
  frequency: true,
  locale: true,
  confirmedAt: true,
  confirmExpiresAt: true,
  department: { select: { name: true, slug: true } },
} as const;

/** "r•••@example.org": enough to recognise one's own address, not to read someone else's. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

async function bySelector(where: { manageTokenHash: string } | { confirmTokenHash: string }) {
  const row = await prisma.alertSubscription.findUnique({ where, select: subscriptionSelect });
  if (!row) return null;
  const { email, ...rest } = row;
  return { ...rest, maskedEmail: maskEmail(email) };
}

export type SubscriptionView = NonNullable<Awaited<ReturnType<typeof bySelector>>>;

/** The subscription a manage or unsubscribe link names; null for an unknown token. */
export function findSubscriptionByManageToken(token: string | undefined): Promise<SubscriptionView | null> {
  if (!token) return Promise.resolve(null);
  return bySelector({ manageTokenHash: hashLinkToken(token) });
}

/** The subscription a confirmation link names, while the link works (already confirmed: still found). */
export async function findSubscriptionByConfirmToken(
  token: string | undefined,
  now = new Date(),
): Promise<SubscriptionView | null> {
  if (!token) return null;
  const found = await bySelector({ confirmTokenHash: hashLinkToken(token) });
  if (!found) return null;
  return found.confirmedAt || found.confirmExpiresAt > now ? found : null;
}

/** The department a sign-up form starts with, from its page's link (?department=slug). */
export async function findDepartmentIdBySlug(slug: string | undefined): Promise<string | null> {
  if (!slug || !/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const department = await prisma.department.findUnique({ where: { slug }, select: { id: true } });
  return department?.id ?? null;
}
