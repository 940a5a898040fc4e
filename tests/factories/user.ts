import type { Membership, MembershipRole, User } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "./db";
import { uniqueSuffix } from "./unique";

export const DEFAULT_TEST_PASSWORD = "decaf-is-a-crime-42";

export type CreateUserOptions = {
  email?: string;
  name?: string;
  /** Hashed with argon2id; null for an invited user who has not set one yet. */
  password?: string | null;
  isSiteAdmin?: boolean;
  deactivatedAt?: Date | null;
  memberships?: { departmentId: string; role: MembershipRole }[];
};

export type CreatedUser = User & { memberships: Membership[]; password: string | null };

/** A user with memberships; returns the plain password beside the row so tests can sign in. */
export async function createUser(db: Db, options: CreateUserOptions = {}): Promise<CreatedUser> {
  const suffix = uniqueSuffix();
  const password = options.password === undefined ? DEFAULT_TEST_PASSWORD : options.password;
  const user = await db.user.create({
    data: {
      email: (options.email ?? `officer.${suffix}@example.test`).toLowerCase(),
      name: options.name ?? "Jordan Avery",
      passwordHash: password === null ? null : await hashPassword(password),
      isSiteAdmin: options.isSiteAdmin ?? false,
      deactivatedAt: options.deactivatedAt ?? null,
      memberships: { createMany: { data: options.memberships ?? [] } },
    },
    include: { memberships: true },
  });
  return { ...user, password };
}
