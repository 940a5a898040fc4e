import { describe, expect, it, vi } from "vitest";
import { createDepartment, createEvent, createUser } from "../factories";
import { testPrisma } from "../support/db";
import { endSessions, loadCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import {
  departmentIdsWithRole,
  ForbiddenError,
  requireAdmin,
  requireDepartmentRole,
  requireEventRole,
  requireUser,
  UnauthorizedError,
} from "@/lib/auth/guards";

const db = testPrisma();

async function signedIn(options: Parameters<typeof createUser>[1]): Promise<CurrentUser> {
  const user = await createUser(db, options);
  const current = await loadCurrentUser({ userId: user.id, sessionVersion: user.sessionVersion });
  if (!current) throw new Error("expected an active user");
  return current;
}

describe("guards", () => {
  it("refuse anonymous callers with 401 and log the refusal as a warning", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(requireUser(null)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(requireAdmin(null)).rejects.toMatchObject({ status: 401 });
    expect(warn).toHaveBeenCalledWith("[authz] refused", {
      userId: null,
      attempted: "signed-in page or action",
    });
    warn.mockRestore();
  });

  it("let staff act for their own department only, and never as moderators or admins", async () => {
    const [east, west] = [await createDepartment(db), await createDepartment(db)];
    const staff = await signedIn({ memberships: [{ departmentId: east.id, role: "STAFF" }] });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(requireDepartmentRole(east.id, "STAFF", staff)).resolves.toBe(staff);
    await expect(requireDepartmentRole(west.id, "STAFF", staff)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireDepartmentRole(east.id, "MODERATOR", staff)).rejects.toMatchObject({ status: 403 });
    await expect(requireAdmin(staff)).rejects.toBeInstanceOf(ForbiddenError);
    vi.restoreAllMocks();
  });

  it("let staff of any hosting department act on an event, and no one else except admins", async () => {
    const [lead, cohost, outsider] = [
      await createDepartment(db),
      await createDepartment(db),
      await createDepartment(db),
    ];
    const event = await createEvent(db, { hosts: [lead, cohost] });
    const cohostStaff = await signedIn({ memberships: [{ departmentId: cohost.id, role: "STAFF" }] });
    const outsiderStaff = await signedIn({ memberships: [{ departmentId: outsider.id, role: "STAFF" }] });
    const leadModerator = await signedIn({ memberships: [{ departmentId: lead.id, role: "MODERATOR" }] });
    const admin = await signedIn({ isSiteAdmin: true });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(requireEventRole(event.id, "STAFF", cohostStaff)).resolves.toBe(cohostStaff);
    await expect(requireEventRole(event.id, "STAFF", admin)).resolves.toBe(admin);
    await expect(requireEventRole(event.id, "STAFF", outsiderStaff)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireEventRole(event.id, "STAFF", leadModerator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireEventRole(event.id, "MODERATOR", leadModerator)).resolves.toBe(leadModerator);
    await expect(requireEventRole("no-such-event", "STAFF", admin)).rejects.toBeInstanceOf(ForbiddenError);
    vi.restoreAllMocks();
  });

  it("list the departments where a user holds a role", async () => {
    const [a, b] = [await createDepartment(db), await createDepartment(db)];
    const user = await signedIn({
      memberships: [
        { departmentId: a.id, role: "STAFF" },
        { departmentId: b.id, role: "MODERATOR" },
      ],
    });
    expect(departmentIdsWithRole(user, "STAFF")).toEqual([a.id]);
    expect(departmentIdsWithRole(user, "MODERATOR")).toEqual([b.id]);
  });
});

describe("sessions", () => {
  it("end on the next request when the user is deactivated", async () => {
    const user = await createUser(db);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    expect(await loadCurrentUser(claims)).toMatchObject({ id: user.id, email: user.email });
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await loadCurrentUser(claims)).toBeNull();
  });

  it("end when the session version moves on (password or roles changed)", async () => {
    const user = await createUser(db);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    await endSessions(user.id);
    expect(await loadCurrentUser(claims)).toBeNull();
    expect(await loadCurrentUser({ ...claims, sessionVersion: claims.sessionVersion + 1 })).not.toBeNull();
  });
});
