import { describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { testPrisma } from "../support/db";
import { recordAudit } from "@/lib/audit/record";

const db = testPrisma();

describe("the audit log", () => {
  it("stores only the fields that changed, and never passwords, tokens or hashes", async () => {
    const actor = await createUser(db);
    await recordAudit(db, {
      actorId: actor.id,
      action: "user.updated",
      entityType: "User",
      entityId: actor.id,
      before: {
        name: "Jordan",
        email: "j@example.test",
        passwordHash: "$argon2id$old",
        startsAt: new Date("2027-01-01T13:00:00Z"),
      },
      after: {
        name: "Jordan Avery",
        email: "j@example.test",
        passwordHash: "$argon2id$new",
        startsAt: new Date("2027-01-01T14:00:00Z"),
      },
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: actor.id } });
    expect(entry.before).toEqual({ name: "Jordan", startsAt: "2027-01-01T13:00:00.000Z" });
    expect(entry.after).toEqual({ name: "Jordan Avery", startsAt: "2027-01-01T14:00:00.000Z" });
    expect(JSON.stringify(entry)).not.toContain("argon2id");
  });

  it("keeps every field of a created record, except secrets", async () => {
    const actor = await createUser(db);
    await recordAudit(db, {
      actorId: actor.id,
      action: "invitation.sent",
      entityType: "User",
      entityId: "u1",
      after: { email: "new@example.test", token: "abc123" },
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: "u1" } });
    expect(entry.before).toBeNull();
    expect(entry.after).toEqual({ email: "new@example.test" });
  });
});
