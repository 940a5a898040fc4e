// The manage link's holder chooses how often (and, near a ZIP code, how far).
import "server-only";
import { requireAlertLink, type CurrentUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import { findSubscriptionByManageToken } from "./queries";
import type { ChangeSubscriptionInput } from "./schemas";

export async function changeSubscription(
  _user: CurrentUser | null,
  input: ChangeSubscriptionInput,
): Promise<{ token: string }> {
  const found = requireAlertLink(await findSubscriptionByManageToken(input.token), "change alerts");
  await prisma.alertSubscription.update({
    where: { id: found.id },
    data: {
      frequency: input.frequency,
      ...(found.zip && input.radiusMiles !== undefined && { radiusMiles: input.radiusMiles }),
    },
  });
  return { token: input.token };
}
