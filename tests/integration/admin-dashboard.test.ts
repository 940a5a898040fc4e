// The /admin dashboard opens with what needs action, and never with a list of every department.
import { describe, expect, it } from "vitest";
import { createComment, createDepartment, createEvent } from "../factories";
import { testPrisma } from "../support/db";
import { loadDashboard } from "@/lib/events/staff-queries";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();

const lines = (todo: { count: number; one: string; many: string; href: string }[]) =>
  todo.map((t) => `${t.count} ${t.count === 1 ? t.one : t.many} → ${t.href}`);

describe("the dashboard's first section: what needs your attention", () => {
  it("gives staff their drafts and the invitations to co-host waiting for an answer", async () => {
    const mine = await createDepartment(db);
    const inviter = await createDepartment(db);
    await createEvent(db, { hosts: [mine], status: "DRAFT" });
    await createEvent(db, { hosts: [mine], status: "DRAFT" });
    await createEvent(db, { hosts: [mine] });
    await createEvent(db, { hosts: [inviter], invited: [mine] });
    const staff = await signedInUser({ memberships: [{ departmentId: mine.id, role: "STAFF" }] });
    const dashboard = await loadDashboard(staff);
    expect(lines(dashboard.todo)).toEqual([
      "1 invitation to co-host to answer → #invitations-heading",
      "2 drafts → /admin/events?show=drafts",
    ]);
    expect(dashboard.departments.map((d) => [d.name, d.roles])).toEqual([[mine.name, ["Staff"]]]);
  });

  it("gives moderators the comments waiting and reported, and nothing when nothing waits", async () => {
    const department = await createDepartment(db);
    const event = await createEvent(db, { hosts: [department] });
    const moderator = await signedInUser({
      memberships: [{ departmentId: department.id, role: "MODERATOR" }],
    });
    expect((await loadDashboard(moderator)).todo).toEqual([]);

    await createComment(db, { eventId: event.id });
    await createComment(db, { eventId: event.id });
    const approved = await createComment(db, { eventId: event.id, status: "APPROVED" });
    await db.commentReport.create({ data: { commentId: approved.id, reason: "Off topic", senderHash: "x" } });
    expect(lines((await loadDashboard(moderator)).todo)).toEqual([
      "2 comments waiting for moderation → /admin/moderation?view=PENDING",
      "1 reported comment to review → /admin/moderation?view=REPORTED",
    ]);
  });

  it("does not list every department for a site admin", async () => {
    await createDepartment(db);
    await createDepartment(db);
    const admin = await signedInUser({ isSiteAdmin: true });
    const dashboard = await loadDashboard(admin);
    expect(dashboard.departments).toEqual([]);
    expect(dashboard.canPost).toBe(true);
  });
});
