// What the invitation and reset pages show: the account a link is for, if it still works.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { peekToken } from "./tokens";

export async function accountForLink(token: string | undefined, purpose: TokenPurpose) {
  if (!token) return null;
  return peekToken(prisma, token, purpose);
}
