import { messageKey } from "@/lib/actions/message-key";
import { messageTranslator } from "@/lib/actions/translate-answer";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createUser } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { loadCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { verifyCredentials } from "@/lib/auth/credentials";
import { InviteUserSchema, SetPasswordSchema } from "@/lib/users/schemas";
import { inviteUser } from "@/lib/users/invite-user";
import { addMembership } from "@/lib/users/add-membership";
import { revokeMembership } from "@/lib/users/revoke-membership";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { acceptInvitation, resetPassword } from "@/lib/users/set-password";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { issueToken } from "@/lib/users/tokens";
import { changePassword } from "@/lib/users/change-password";
import type { Department } from "@/lib/generated/prisma/client";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let dept: Department, admin: CurrentUser, staff: CurrentUser;
const headers = new Headers();

beforeAll(async () => {
  dept = await createDepartment(db, { verifiedDomains: ["ehpd.example.gov"] });
  admin = await signedInUser({ isSiteAdmin: true });
  staff = await signedInUser({ memberships: [{ departmentId: dept.id, role: "STAFF" }] });
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function lastEmailTo(to: string) {
  return db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
}

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? "";

describe("inviting people", () => {
  it("only site admins invite; staff and anonymous callers are refused", async () => {
    const fields = {
      email: "new.officer@ehpd.example.gov",
      name: "Kim Lee",
      departmentId: dept.id,
      role: "STAFF",
    };
    expect(await handleForm(InviteUserSchema, inviteUser, staff, form(fields))).toMatchObject({
      status: "error",
      code: 403,
    });
    expect(await handleForm(InviteUserSchema, inviteUser, null, form(fields))).toMatchObject({
      status: "error",
      code: 401,
    });
    expect(await db.user.count({ where: { email: fields.email } })).toBe(0);
  });

  it("limits staff to the department's verified email domains unless the admin overrides", async () => {
    const outside = {
      email: "someone@gmail.example.com",
      name: "Sam Cole",
      departmentId: dept.id,
      role: "STAFF",
    };
    const refused = await handleForm(InviteUserSchema, inviteUser, admin, form(outside));
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: { email: [expect.stringContaining("ehpd.example.gov")] },
    });
    const moderator = await handleForm(
      InviteUserSchema,
      inviteUser,
      admin,
      form({ ...outside, role: "MODERATOR" }),
    );
    expect(moderator.status).toBe("ok");
    const overridden = await handleForm(
      InviteUserSchema,
      inviteUser,
      admin,
      form({ ...outside, overrideDomain: "on" }),
    );
    expect(overridden.status).toBe("ok");
    const roles = await db.membership.findMany({
      where: { user: { email: outside.email } },
      select: { role: true },
    });
    expect(roles.map((r) => r.role).sort()).toEqual(["MODERATOR", "STAFF"]);
  });

  it("sends a one-time link; the invited person sets a password once and can then sign in", async () => {
    const email = "jo.park@ehpd.example.gov";
    const invited = await handleForm(
      InviteUserSchema,
      inviteUser,
      admin,
      form({ email, name: "Jo Park", departmentId: dept.id, role: "STAFF" }),
    );
    // No SMTP_URL here: the admin is told the email waits in the outbox.
    expect(invited).toMatchObject({ status: "ok", result: { delivery: "outbox" } });
    const token = tokenIn((await lastEmailTo(email)).text);
    expect(token).not.toBe("");
    const stored = await db.oneTimeToken.findFirstOrThrow({ where: { user: { email } } });
    expect(stored.tokenHash).not.toContain(token);
    const password = "blue-kettle-morning-walk";
    const accepted = await handleForm(
      SetPasswordSchema,
      acceptInvitation,
      null,
      form({ token, password, passwordConfirmation: password }),
      { anonymous: true },
    );
    expect(accepted.status).toBe("ok");
    expect(await verifyCredentials({ email, password })).not.toBeNull();
    const again = await handleForm(
      SetPasswordSchema,
      acceptInvitation,
      null,
      form({ token, password: "another-password-1", passwordConfirmation: "another-password-1" }),
      { anonymous: true },
    );
    expect(again).toMatchObject({ status: "error", code: 409 });
  });
});

describe("password reset", () => {
  it("answers the same for unknown emails, before the account is even looked up, and the link expires after an hour", async () => {
    const person = await createUser(db, { email: "reset.me@example.test" });
    const deferred: (() => Promise<void>)[] = [];
    const later = (work: () => Promise<void>) => void deferred.push(work);
    expect(await requestPasswordReset(null, { email: "nobody@example.test" }, headers, later)).toEqual({
      sent: true,
    });
    expect(await requestPasswordReset(null, { email: person.email }, headers, later)).toEqual({ sent: true });
    // Nothing about the account happened before the answer: its timing cannot tell.
    expect(await db.oneTimeToken.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: person.email } })).toBe(0);
    expect(deferred).toHaveLength(2);
    for (const work of deferred) await work();
    expect(await db.outboxEmail.count({ where: { to: "nobody@example.test" } })).toBe(0);
    const token = tokenIn((await lastEmailTo(person.email)).text);
    await db.oneTimeToken.updateMany({
      where: { userId: person.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resetPassword(null, { token, password: "fresh-password-123" })).rejects.toMatchObject({
      code: 409,
    });
  });

  it("a reset ends the sessions the account had", async () => {
    const person = await createUser(db);
    const claims = { userId: person.id, sessionVersion: person.sessionVersion };
    const token = await issueToken(db, person.id, "PASSWORD_RESET");
    await resetPassword(null, { token, password: "fresh-password-123" });
    expect(await loadCurrentUser(claims)).toBeNull();
  });
});

describe("roles and accounts", () => {
  it("revoking a role or deactivating an account ends the person's existing session", async () => {
    const row = await createUser(db, { memberships: [{ departmentId: dept.id, role: "STAFF" }] });
    const claims = { userId: row.id, sessionVersion: row.sessionVersion };
    await revokeMembership(admin, { membershipId: row.memberships[0]!.id });
    expect(await loadCurrentUser(claims)).toBeNull();

    const other = await createUser(db);
    await deactivateUser(admin, { userId: other.id });
    expect(await loadCurrentUser({ userId: other.id, sessionVersion: other.sessionVersion + 1 })).toBeNull();
    expect(await verifyCredentials({ email: other.email, password: other.password })).toBeNull();
  });

  it("staff cannot grant themselves roles or deactivate others", async () => {
    const other = await createUser(db);
    await expect(
      addMembership(staff, {
        userId: staff.id,
        departmentId: dept.id,
        role: "MODERATOR",
        overrideDomain: true,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(deactivateUser(staff, { userId: other.id })).rejects.toMatchObject({ status: 403 });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).deactivatedAt).toBeNull();
  });

  it("an admin cannot deactivate their own account", async () => {
    await expect(deactivateUser(admin, { userId: admin.id })).rejects.toMatchObject({ code: 409 });
  });
});

describe("changing one's password", () => {
  it("needs the current password, and ends every session of the account", async () => {
    const row = await createUser(db, { password: "old-password-123" });
    const user = await loadCurrentUser({ userId: row.id, sessionVersion: row.sessionVersion });
    await expect(
      changePassword(user, { currentPassword: "wrong-one", password: "new-password-456" }),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: [messageKey("Forms.password.currentWrong")] },
    });
    expect(messageTranslator("en")(messageKey("Forms.password.currentWrong"))).toBe(
      "That is not your current password.",
    );
    await changePassword(user, { currentPassword: "old-password-123", password: "new-password-456" });
    expect(await loadCurrentUser({ userId: row.id, sessionVersion: row.sessionVersion })).toBeNull();
    expect(await verifyCredentials({ email: row.email, password: "new-password-456" })).not.toBeNull();
  });
});
