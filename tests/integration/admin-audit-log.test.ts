import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createEvent } from "../factories";
import { testPrisma } from "../support/db";
import { listAuditEntries } from "@/lib/audit/queries";
import { cancelEvent } from "@/lib/events/change-event-status";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

describe("the audit log pages", () => {
  it("show staff their departments' entries only, admins everything, and refuse moderators", async () => {
    const [mine, theirs] = [await createDepartment(db), await createDepartment(db)];
    const staff = await signedInUser({ memberships: [{ departmentId: mine.id, role: "STAFF" }] });
    const other = await signedInUser({ memberships: [{ departmentId: theirs.id, role: "STAFF" }] });
    const admin = await signedInUser({ isSiteAdmin: true });
    const moderator = await signedInUser({ memberships: [{ departmentId: mine.id, role: "MODERATOR" }] });
    const a = await createEvent(db, { hosts: [mine] });
    const b = await createEvent(db, { hosts: [theirs] });
    await cancelEvent(staff, { eventId: a.id, reason: "Rain" });
    await cancelEvent(other, { eventId: b.id, reason: "Snow" });

    const seenByStaff = await listAuditEntries(staff);
    expect(seenByStaff.entries.map((e) => e.entityId)).toEqual([a.id]);
    expect(seenByStaff.entries[0]).toMatchObject({
      action: "event.cancelled",
      actor: { email: staff.email },
      departmentName: mine.name,
    });
    const seenByAdmin = await listAuditEntries(admin);
    expect(seenByAdmin.entries.map((e) => e.entityId)).toEqual(expect.arrayContaining([a.id, b.id]));
    await expect(listAuditEntries(moderator)).rejects.toMatchObject({ status: 403 });
    await expect(listAuditEntries(null)).rejects.toMatchObject({ status: 401 });
  });

  it("show a co-host's staff the changes to events they co-host, filed under the first host", async () => {
    const [lead, cohost] = [await createDepartment(db), await createDepartment(db)];
    const leadStaff = await signedInUser({ memberships: [{ departmentId: lead.id, role: "STAFF" }] });
    const cohostStaff = await signedInUser({ memberships: [{ departmentId: cohost.id, role: "STAFF" }] });
    const shared = await createEvent(db, { hosts: [lead, cohost] });
    const leadOnly = await createEvent(db, { hosts: [lead] });
    await cancelEvent(leadStaff, { eventId: shared.id, reason: "Storm" });
    await cancelEvent(leadStaff, { eventId: leadOnly.id, reason: "Storm" });

    const seen = await listAuditEntries(cohostStaff);
    expect(seen.entries.map((e) => e.entityId)).toEqual([shared.id]);
    expect(seen.entries[0]).toMatchObject({ departmentName: lead.name });
    const filtered = await listAuditEntries(cohostStaff, { departmentId: cohost.id });
    expect(filtered.entries.map((e) => e.entityId)).toEqual([shared.id]);
  });
});
