// Event proposals: anyone proposes through the same form parsing the server action uses,
// with the comments' defences; only the chosen department's staff see and answer it,
// through lib/auth/guards.ts; the answer is emailed by the job runner in the proposer's
// language; housekeeping deletes it, the email with it, after its retention.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { issueFormToken } from "@/lib/comments/form-token";
import type { Department, Venue } from "@/lib/generated/prisma/client";
import { acceptProposal } from "@/lib/proposals/accept-proposal";
import { declineProposal } from "@/lib/proposals/decline-proposal";
import { sendProposalAnswers } from "@/lib/proposals/notify-proposer";
import { KEEP_PROPOSALS, pruneProposals } from "@/lib/proposals/prune-proposals";
import { countPendingProposals, getProposalForStaff, listProposalsForStaff } from "@/lib/proposals/queries";
import { AcceptProposalSchema, DeclineProposalSchema, ProposeEventSchema } from "@/lib/proposals/schemas";
import { submitProposal } from "@/lib/proposals/submit-proposal";
import { daysAhead, eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let deptA: Department, deptB: Department, venue: Venue;
let staffA: CurrentUser, staffB: CurrentUser, admin: CurrentUser;
let sender = 0;

beforeAll(async () => {
  [deptA, deptB] = [await createDepartment(db), await createDepartment(db)];
  venue = await createVenue(db);
  staffA = await signedInUser({ memberships: [{ departmentId: deptA.id, role: "STAFF" }] });
  staffB = await signedInUser({ memberships: [{ departmentId: deptB.id, role: "STAFF" }] });
  admin = await signedInUser({ isSiteAdmin: true });
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

function proposalForm(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  const values: Record<string, string> = {
    departmentId: deptA.id,
    venueId: venue.id,
    date1: daysAhead(20),
    date2: daysAhead(27),
    note: "Our café on Main Street would love to host the officers one morning.",
    proposerName: "Rosa Delgado",
    email: "rosa.delgado@example.com",
    locale: "es",
    // Shown a minute ago: a person, not a bot.
    timeTrap: issueFormToken(new Date(Date.now() - 60_000)),
    ...fields,
  };
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** A proposal from its own sender (rate limits count per sender). */
async function propose(fields: Record<string, string> = {}, senderHash = `sender-${++sender}-${Date.now()}`) {
  return handleForm(ProposeEventSchema, submitProposal, null, proposalForm(fields), {
    anonymous: true,
    context: { senderHash },
  });
}

async function proposed(fields: Record<string, string> = {}) {
  const outcome = await propose(fields);
  if (outcome.status !== "ok") throw new Error(`expected a stored proposal: ${JSON.stringify(outcome)}`);
  return outcome.result.proposalId;
}

const acceptForm = (proposalId: string, fields: Record<string, string> = {}) =>
  eventForm({ proposalId, leadDepartmentId: deptA.id, venueId: venue.id, ...fields });

describe("proposing an event without an account", () => {
  it("stores the proposal pending, with the sender's hash, the dates in order and the form's language", async () => {
    const id = await proposed();
    const row = await db.eventProposal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "PENDING",
      departmentId: deptA.id,
      venueId: venue.id,
      suggestedDates: [daysAhead(20), daysAhead(27)],
      email: "rosa.delgado@example.com",
      locale: "es",
      holdReason: null,
    });
    expect(row.senderHash).toMatch(/^sender-/);
  });

  it("answers bad input next to the fields and keeps what was typed", async () => {
    const outcome = await propose({
      venueId: "new",
      venueName: "",
      postalCode: "61",
      date1: "2020-01-01",
      note: "Hi",
      email: "rosa@",
    });
    expect(outcome.status).toBe("error");
    if (outcome.status !== "error") return;
    expect(Object.keys(outcome.fieldErrors).sort()).toEqual(
      ["city", "date1", "email", "note", "postalCode", "state", "streetAddress", "venueName"].sort(),
    );
    expect(outcome.values).toMatchObject({ note: "Hi", email: "rosa@", postalCode: "61" });
  });

  it("files a proposal that trips the honeypot as spam, which no staff list shows", async () => {
    const id = await proposed({ website: "http://spam.example" });
    expect((await db.eventProposal.findUniqueOrThrow({ where: { id } })).status).toBe("SPAM");
    const { pending } = await listProposalsForStaff(staffA);
    expect(pending.map((p) => p.id)).not.toContain(id);
    await expect(getProposalForStaff(staffA, id)).rejects.toMatchObject({ status: 403 });
  });

  it("refuses a sixth proposal from one address within the hour, keeping the text", async () => {
    const senderHash = `busy-sender-${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      expect((await propose({ note: `Proposal number ${i} for the café on Main.` }, senderHash)).status).toBe(
        "ok",
      );
    }
    const refused = await propose({ note: "One proposal too many for this hour." }, senderHash);
    expect(refused).toMatchObject({
      status: "error",
      code: 429,
      values: { note: "One proposal too many for this hour." },
    });
  });

  it("takes a resend of the same form as the same proposal", async () => {
    const fields = { idempotencyKey: "a-resend-key-0123456789" };
    const senderHash = `resend-${Date.now()}`;
    const [first, second] = [await propose(fields, senderHash), await propose(fields, senderHash)];
    expect(
      first.status === "ok" && second.status === "ok" && first.result.proposalId === second.result.proposalId,
    ).toBe(true);
  });
});

describe("staff of another department", () => {
  it("cannot see department A's proposal: not listed, not counted, refused by id and logged", async () => {
    const id = await proposed();
    expect((await listProposalsForStaff(staffB)).pending.map((p) => p.id)).not.toContain(id);
    expect(await countPendingProposals(staffB)).toBe(0);
    await expect(getProposalForStaff(staffB, id)).rejects.toMatchObject({ status: 403 });
    expect(console.warn).toHaveBeenCalledWith("[authz] refused", {
      userId: staffB.id,
      attempted: `staff of proposal ${id}`,
    });
  });

  it("cannot accept or decline it by sending its id, and nothing changes", async () => {
    const id = await proposed();
    const attempts = [
      await handleForm(AcceptProposalSchema, acceptProposal, staffB, acceptForm(id)),
      await handleForm(
        DeclineProposalSchema,
        declineProposal,
        staffB,
        eventForm({ proposalId: id, reason: "Not ours to answer" }),
      ),
    ];
    expect(attempts.map((a) => a.status === "error" && a.code)).toEqual([403, 403]);
    expect((await db.eventProposal.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect(await db.event.count({ where: { hosts: { some: { departmentId: deptA.id } } } })).toBe(0);
  });

  it("an unknown proposal id is refused the same way", async () => {
    await expect(getProposalForStaff(staffA, "no-such-proposal")).rejects.toMatchObject({ status: 403 });
  });
});

describe("staff of the chosen department", () => {
  it("see it with the proposer's email; a site admin sees it without the email", async () => {
    const id = await proposed();
    expect((await listProposalsForStaff(staffA)).pending.map((p) => p.id)).toContain(id);
    expect(await countPendingProposals(staffA)).toBeGreaterThan(0);
    expect((await getProposalForStaff(staffA, id)).email).toBe("rosa.delgado@example.com");
    expect(await getProposalForStaff(admin, id)).toMatchObject({ email: null, emailHidden: true });
  });

  it("accept it into one draft event led by the department; a second accept makes no second draft", async () => {
    const id = await proposed();
    const first = await handleForm(
      AcceptProposalSchema,
      acceptProposal,
      staffA,
      acceptForm(id, { intent: "publish" }),
    );
    expect(first.status).toBe("ok");
    const proposal = await db.eventProposal.findUniqueOrThrow({ where: { id } });
    expect(proposal).toMatchObject({ status: "ACCEPTED", decidedById: staffA.id });
    const event = await db.event.findUniqueOrThrow({
      where: { id: proposal.eventId ?? "" },
      include: { hosts: true },
    });
    expect(event.status).toBe("DRAFT");
    expect(event.hosts.map((h) => [h.departmentId, h.isLead])).toEqual([[deptA.id, true]]);

    const again = await handleForm(AcceptProposalSchema, acceptProposal, staffA, acceptForm(id));
    expect(again).toMatchObject({ status: "error", code: 409 });
    expect(
      await db.event.count({
        where: {
          id: { not: event.id },
          hosts: { some: { departmentId: deptA.id } },
          title: event.title,
          startsAt: event.startsAt,
        },
      }),
    ).toBe(0);
  });

  it("decline it with a reason, and the job runner emails the reason once, in the proposer's language", async () => {
    const email = `declined.${Date.now()}@example.com`;
    const id = await proposed({ email, locale: "es" });
    const missing = await handleForm(
      DeclineProposalSchema,
      declineProposal,
      staffA,
      eventForm({ proposalId: id, reason: "" }),
    );
    expect(missing).toMatchObject({ status: "error", code: 400 });
    expect(missing.status === "error" && missing.fieldErrors.reason?.[0]).toBe(
      "Enter the reason the proposer will read.",
    );
    const reason = "Nuestros agentes están en la feria esa semana.";
    expect(
      (
        await handleForm(
          DeclineProposalSchema,
          declineProposal,
          staffA,
          eventForm({ proposalId: id, reason }),
        )
      ).status,
    ).toBe("ok");
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);

    await sendProposalAnswers();
    const sent = await db.outboxEmail.findMany({ where: { to: email } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe(`${deptA.name} respondió a su propuesta de evento`);
    expect(sent[0]?.text).toContain(reason);
    expect((await db.eventProposal.findUniqueOrThrow({ where: { id } })).notifiedAt).not.toBeNull();
    await sendProposalAnswers();
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(1);
  });
});

describe("housekeeping", () => {
  it("deletes answered proposals after their retention, with the email, and keeps the rest", async () => {
    const [old, recent] = [await proposed(), await proposed()];
    const longAgo = new Date(Date.now() - (KEEP_PROPOSALS.answeredDays + 1) * 86_400_000);
    await db.eventProposal.updateMany({
      where: { id: { in: [old, recent] } },
      data: { status: "DECLINED", declineReason: "No" },
    });
    await db.eventProposal.update({ where: { id: old }, data: { decidedAt: longAgo } });
    await db.eventProposal.update({ where: { id: recent }, data: { decidedAt: new Date() } });
    expect(await pruneProposals()).toBeGreaterThanOrEqual(1);
    const left = await db.eventProposal.findMany({
      where: { id: { in: [old, recent] } },
      select: { id: true },
    });
    expect(left.map((p) => p.id)).toEqual([recent]);
  });
});
