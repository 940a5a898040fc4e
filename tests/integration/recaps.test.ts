import { messageKey } from "@/lib/actions/message-key";
import { messageTranslator } from "@/lib/actions/translate-answer";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError } from "@/lib/auth/guards";
import { InputError } from "@/lib/actions/input-error";
import { addFollowUp } from "@/lib/recaps/add-follow-up";
import { sendFollowUpNotices } from "@/lib/recaps/notify-follow-up-done";
import { findPublicRecap, getRecapForEditing, listOpenFollowUps } from "@/lib/recaps/queries";
import { saveRecap } from "@/lib/recaps/save-recap";
import { AddFollowUpSchema, SaveRecapSchema, UpdateFollowUpSchema } from "@/lib/recaps/schemas";
import { updateFollowUp } from "@/lib/recaps/update-follow-up";
import { loadDashboard } from "@/lib/events/staff-queries";
import { JOBS, requestJob } from "@/lib/jobs/queue";
import { startJobRunner } from "@/lib/jobs/runner";
import { createComment, createDepartment, createEvent, createRecap, uniqueSuffix } from "../factories";
import { testPrisma } from "../support/db";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();
const HOUR = 3_600_000;

afterEach(() => vi.restoreAllMocks());

function quietMail() {
  vi.spyOn(console, "info").mockImplementation(() => {});
}

async function heldEvent(
  options: { endedHoursAgo?: number; status?: "PUBLISHED" | "CANCELLED" | "DRAFT" } = {},
) {
  const department = await createDepartment(db, { name: "East Hartford Police Department" });
  const startsAt = new Date(Date.now() - ((options.endedHoursAgo ?? 24) + 1.5) * HOUR);
  const event = await createEvent(db, {
    hosts: [department],
    startsAt,
    status: options.status ?? "PUBLISHED",
  });
  const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
  const asked = await createComment(db, {
    eventId: event.id,
    status: "APPROVED",
    authorName: "Denise Whitaker",
    authorEmail: `denise.whitaker.${uniqueSuffix()}@example.com`,
    body: "Cars fly down Burnside Ave past the elementary school every morning.",
  });
  const anonymous = await createComment(db, {
    eventId: event.id,
    status: "APPROVED",
    authorName: "Sam",
    authorEmail: null,
    body: "Could you look at the crosswalk by the library too?",
  });
  return { department, event, staff, asked, anonymous };
}

const recapInput = (eventId: string) =>
  SaveRecapSchema.parse({
    eventId,
    attendance: "23",
    summary: "Residents asked about speeding on Burnside Ave and the crosswalk by the library.",
  });

async function outboxTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

describe("recaps and follow-ups", () => {
  it("staff of a host publish a recap with two follow-ups, mark one done, and the public recap shows both with their notes", async () => {
    const { event, staff, asked, anonymous } = await heldEvent();
    const published = await saveRecap(staff, recapInput(event.id));
    expect(published.created).toBe(true);
    const speeding = await addFollowUp(
      staff,
      AddFollowUpSchema.parse({
        eventId: event.id,
        title: "Speed enforcement on Burnside Ave at school drop-off",
        note: "Traffic unit asked to schedule patrols.",
        questionIds: [asked.id],
      }),
    );
    await addFollowUp(
      staff,
      AddFollowUpSchema.parse({
        eventId: event.id,
        title: "Ask the city to repaint the library crosswalk",
        questionIds: [anonymous.id],
      }),
    );
    const done = await updateFollowUp(
      staff,
      UpdateFollowUpSchema.parse({
        followUpId: speeding.followUpId,
        state: "DONE",
        note: "Patrols ran every school morning for two weeks; speeds dropped.",
        questionIds: [asked.id],
      }),
    );
    expect(done.becameDone).toBe(true);

    const recap = await findPublicRecap(event.id);
    expect(recap).toMatchObject({ attendance: 23 });
    expect(recap?.followUps.map((f) => [f.title, f.state])).toEqual([
      ["Speed enforcement on Burnside Ave at school drop-off", "DONE"],
      ["Ask the city to repaint the library crosswalk", "OPEN"],
    ]);
    expect(recap?.followUps[0]?.notes.map((n) => n.state)).toEqual(["OPEN", "DONE"]);
    expect(recap?.followUps[0]?.questions.map((q) => q.comment.authorName)).toEqual(["Denise Whitaker"]);
    expect(JSON.stringify(recap)).not.toContain("@example.com");

    const actions = await db.auditLog.findMany({ where: { actorId: staff.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "follow_up.added",
      "follow_up.added",
      "follow_up.updated",
      "recap.published",
    ]);
  });

  it("the askers who left an email are told once when a follow-up is done, and nobody else", async () => {
    quietMail();
    await sendFollowUpNotices(); // what earlier tests left due
    const { event, staff, asked, anonymous } = await heldEvent();
    await saveRecap(staff, recapInput(event.id));
    const followUp = await addFollowUp(
      staff,
      AddFollowUpSchema.parse({
        eventId: event.id,
        title: "Speed patrols on Burnside",
        questionIds: [asked.id, anonymous.id],
      }),
    );
    const move = (state: string) =>
      updateFollowUp(
        staff,
        UpdateFollowUpSchema.parse({
          followUpId: followUp.followUpId,
          state,
          note: `Now ${state}.`,
          questionIds: [asked.id, anonymous.id],
        }),
      );
    await move("IN_PROGRESS");
    expect(await sendFollowUpNotices()).toBe(0);
    await move("DONE");
    expect(await sendFollowUpNotices()).toBe(1);
    const [email] = await outboxTo(asked.authorEmail ?? "");
    expect(email?.subject).toBe("Done: Speed patrols on Burnside");
    expect(email?.text).toContain("Cars fly down Burnside Ave");
    expect(email?.text).toContain("Their note: Now DONE.");
    expect(email?.text).toContain(`/events/${event.slug}#follow-up-${followUp.followUpId}`);
    // Run again, and done → in progress → done again: still one email.
    expect(await sendFollowUpNotices()).toBe(0);
    await move("IN_PROGRESS");
    await move("DONE");
    expect(await sendFollowUpNotices()).toBe(0);
    expect(await outboxTo(asked.authorEmail ?? "")).toHaveLength(1);
  });

  it("the job runner sends the notice when the write asks for it, outside the request", async () => {
    quietMail();
    const { event, staff, asked } = await heldEvent();
    await createRecap(db, {
      eventId: event.id,
      publishedAt: new Date(),
      followUps: [
        {
          title: "Fix the flashing beacon",
          notes: [{ state: "OPEN", body: "Reported.", at: new Date() }],
          questionIds: [asked.id],
        },
      ],
    });
    const boss = await startJobRunner(process.env.DATABASE_URL);
    try {
      const schedules = await boss.getSchedules();
      expect(schedules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: JOBS.followUpNotices.queue, cron: "* * * * *" }),
        ]),
      );
      const recap = await getRecapForEditing(staff, event.id);
      const followUpId = recap.recap?.followUps[0]?.id ?? "";
      const result = await updateFollowUp(
        staff,
        UpdateFollowUpSchema.parse({
          followUpId,
          state: "DONE",
          note: "Beacon replaced.",
          questionIds: [asked.id],
        }),
      );
      expect(result.becameDone).toBe(true);
      expect(await outboxTo(asked.authorEmail ?? "")).toHaveLength(0);
      expect(await requestJob(JOBS.followUpNotices.queue)).toBe(true);
      await expect
        .poll(async () => (await outboxTo(asked.authorEmail ?? "")).length, {
          timeout: 20_000,
          interval: 250,
        })
        .toBe(1);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    expect(await requestJob(JOBS.followUpNotices.queue)).toBe(false);
  });

  it("staff of a department that did not host the event are refused, and unknown follow-ups look the same", async () => {
    const { event, staff } = await heldEvent();
    const other = await createDepartment(db);
    const outsider = await signedInUser({ memberships: [{ departmentId: other.id, role: "STAFF" }] });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(saveRecap(outsider, recapInput(event.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getRecapForEditing(outsider, event.id)).rejects.toBeInstanceOf(ForbiddenError);
    await saveRecap(staff, recapInput(event.id));
    const { followUpId } = await addFollowUp(
      staff,
      AddFollowUpSchema.parse({ eventId: event.id, title: "Look at the crosswalk", questionIds: [] }),
    );
    const update = (id: string) =>
      UpdateFollowUpSchema.parse({ followUpId: id, state: "DONE", note: "Done it.", questionIds: [] });
    await expect(updateFollowUp(outsider, update(followUpId))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateFollowUp(outsider, update("no-such-follow-up"))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(console.warn).toHaveBeenCalledWith(
      "[authz] refused",
      expect.objectContaining({ userId: outsider.id }),
    );
  });

  it("a recap waits until the event was held: not before it ends, not for a cancelled event", async () => {
    const upcoming = await heldEvent({ endedHoursAgo: -5 });
    const cancelled = await heldEvent({ status: "CANCELLED" });
    for (const { event, staff } of [upcoming, cancelled]) {
      const refusal = await saveRecap(staff, recapInput(event.id)).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(InputError);
      expect((refusal as InputError).code).toBe(409);
    }
    expect(
      await db.eventRecap.count({ where: { eventId: { in: [upcoming.event.id, cancelled.event.id] } } }),
    ).toBe(0);
  });

  it("a follow-up needs a published recap, and links only the event's approved questions", async () => {
    const { event, staff } = await heldEvent();
    const elsewhere = await heldEvent();
    const pending = await createComment(db, { eventId: event.id, status: "PENDING" });
    const input = (questionIds: string[]) =>
      AddFollowUpSchema.parse({ eventId: event.id, title: "Look at the crosswalk", questionIds });
    await expect(addFollowUp(staff, input([]))).rejects.toMatchObject({ code: 409 });
    await saveRecap(staff, recapInput(event.id));
    for (const foreign of [elsewhere.asked.id, pending.id]) {
      await expect(addFollowUp(staff, input([foreign]))).rejects.toMatchObject({
        fieldErrors: { questionIds: [messageKey("AdminRecaps.error.questionGone")] },
      });
    }
    expect(await db.followUp.count({ where: { recap: { eventId: event.id } } })).toBe(0);
  });

  it("the form's schemas refuse bad input with messages for the fields", () => {
    const recap = SaveRecapSchema.safeParse({ eventId: "e1", attendance: "lots", summary: "short" });
    expect(recap.success).toBe(false);
    const english = messageTranslator("en");
    const fields = recap.error?.issues.map((i) => [i.path[0], english(i.message)]);
    expect(fields).toEqual([
      ["attendance", "Enter roughly how many people came as a whole number, e.g. 25."],
      ["summary", "Use at least 20 characters for what was talked about."],
    ]);
    const update = UpdateFollowUpSchema.safeParse({ followUpId: "f1", state: "MAYBE", note: "" });
    expect(new Set(update.error?.issues.map((i) => i.path[0]))).toEqual(new Set(["state", "note"]));
  });

  it("a department's page lists its open and in-progress follow-ups, not done ones nor other departments'", async () => {
    const { department, event, asked } = await heldEvent();
    const other = await heldEvent();
    const at = new Date();
    await createRecap(db, {
      eventId: event.id,
      publishedAt: at,
      followUps: [
        { title: "Open one", notes: [{ state: "OPEN", body: "Asked traffic.", at }] },
        {
          title: "Moving one",
          notes: [{ state: "IN_PROGRESS", body: "Patrols scheduled.", at }],
          questionIds: [asked.id],
        },
        { title: "Finished one", notes: [{ state: "DONE", body: "Repainted.", at }] },
      ],
    });
    await createRecap(db, {
      eventId: other.event.id,
      publishedAt: at,
      followUps: [{ title: "Someone else's", notes: [{ state: "OPEN", body: "x", at }] }],
    });
    const open = await listOpenFollowUps(department.id);
    expect(open.map((f) => f.title).sort()).toEqual(["Moving one", "Open one"]);
    expect(open[0]?.recap.event.slug).toBe(event.slug);
  });

  it("the staff dashboard asks for recaps of recent held events and counts follow-ups not done", async () => {
    const { department, event, staff } = await heldEvent();
    await heldEvent(); // another department's event is not theirs to recap
    const todo = async () =>
      Object.fromEntries((await loadDashboard(staff)).todo.map((t) => [t.key, [t.count, t.href]]));
    expect((await todo()).recaps).toEqual([1, "/admin/events?show=past"]);
    await saveRecap(staff, recapInput(event.id));
    await addFollowUp(
      staff,
      AddFollowUpSchema.parse({ eventId: event.id, title: "Look at the crosswalk", questionIds: [] }),
    );
    const after = await todo();
    expect(after.recaps).toBeUndefined();
    expect(after["follow-ups"]).toEqual([1, `/departments/${department.slug}#open-follow-ups`]);
  });
});
