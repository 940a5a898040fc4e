import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { handleForm } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PostCommentSchema } from "@/lib/comments/schemas";
import { addFollowUp } from "@/lib/recaps/add-follow-up";
import { sendFollowUpNotices } from "@/lib/recaps/notify-follow-up-done";
import { saveRecap } from "@/lib/recaps/save-recap";
import { AddFollowUpSchema, SaveRecapSchema, UpdateFollowUpSchema } from "@/lib/recaps/schemas";
import { updateFollowUp } from "@/lib/recaps/update-follow-up";
import { inviteUser } from "@/lib/users/invite-user";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { InviteUserSchema } from "@/lib/users/schemas";
import type { Department } from "@/lib/generated/prisma/client";
import { createComment, createDepartment, createEvent, createUser, uniqueSuffix } from "../factories";
import { testPrisma } from "../support/db";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let dept: Department, admin: CurrentUser;

beforeAll(async () => {
  dept = await createDepartment(db, { name: "Policía de Santa Ana", verifiedDomains: ["sapd.example.gov"] });
  admin = await signedInUser({ isSiteAdmin: true, name: "Alex Admin" });
});

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const lastEmailTo = (to: string) =>
  db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("emails go out in their recipient's language", () => {
  it("the comment form stores the language it was sent in, English when it sends none", async () => {
    const parsed = (locale?: string) =>
      PostCommentSchema.parse({ authorName: "Ana", body: "¿A qué hora empieza?", ...(locale && { locale }) });
    expect(parsed("es").locale).toBe("es");
    expect(parsed().locale).toBe("en");
    expect(parsed("fr").locale).toBe("en");
  });

  it("a resident who asked in Spanish is told in Spanish that the follow-up is done, with a link to the Spanish page", async () => {
    const event = await createEvent(db, {
      hosts: [dept],
      startsAt: new Date(Date.now() - 30 * 3_600_000),
      status: "PUBLISHED",
    });
    const staff = await signedInUser({ memberships: [{ departmentId: dept.id, role: "STAFF" }] });
    const email = `ana.${uniqueSuffix()}@example.com`;
    const asked = await createComment(db, {
      eventId: event.id,
      status: "APPROVED",
      authorName: "Ana Morales",
      authorEmail: email,
      authorLocale: "es",
      body: "Los autos pasan muy rápido frente a la escuela.",
    });
    await saveRecap(
      staff,
      SaveRecapSchema.parse({ eventId: event.id, attendance: "12", summary: "Hablamos del tráfico." }),
    );
    const { followUpId } = await addFollowUp(
      staff,
      AddFollowUpSchema.parse({
        eventId: event.id,
        title: "Patrullas en la calle Main",
        questionIds: [asked.id],
      }),
    );
    await updateFollowUp(
      staff,
      UpdateFollowUpSchema.parse({ followUpId, state: "DONE", note: "Listo.", questionIds: [asked.id] }),
    );
    expect(await sendFollowUpNotices()).toBe(1);
    const sent = await lastEmailTo(email);
    expect(sent.subject).toBe("Hecho: Patrullas en la calle Main");
    expect(sent.text).toContain("Hola, Ana Morales:");
    expect(sent.text).toContain("usted preguntó:");
    expect(sent.text).toContain(`/es/events/${event.slug}#follow-up-${followUpId}`);
    expect(sent.text).not.toMatch(/you asked/);
  });

  it("an invitation in Spanish is written in Spanish, links to the Spanish page, and remembers the person's language", async () => {
    const email = `nuevo.${uniqueSuffix()}@sapd.example.gov`;
    const fields = {
      email,
      name: "Luis Ortega",
      departmentId: dept.id,
      role: "MODERATOR",
      emailLanguage: "es",
    };
    expect(await handleForm(InviteUserSchema, inviteUser, admin, form(fields))).toMatchObject({
      status: "ok",
    });
    const sent = await lastEmailTo(email);
    expect(sent.subject).toBe("Lo invitan a Coffee with a Cop por Policía de Santa Ana");
    expect(sent.text).toContain("Alex Admin lo agregó como moderador (revisa comentarios)");
    expect(sent.text).toMatch(/\/es\/account\/accept-invitation\?token=[\w-]+/);
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { locale: true } })).toEqual({
      locale: "es",
    });
  });

  it("an invitation without a chosen language stays in English, word for word", async () => {
    const email = `new.${uniqueSuffix()}@sapd.example.gov`;
    await inviteUser(admin, {
      email,
      name: "Kim Lee",
      departmentId: dept.id,
      role: "STAFF",
      overrideDomain: false,
    });
    const sent = await lastEmailTo(email);
    expect(sent.subject).toBe("You are invited to Coffee with a Cop for Policía de Santa Ana");
    expect(sent.text).toContain(
      "Alex Admin added you as staff (post and manage events) for Policía de Santa Ana",
    );
    expect(sent.text).toMatch(/https?:\/\/[^/\s]+\/account\/accept-invitation\?token=[\w-]+/);
    expect(sent.text).not.toContain("/es/");
  });

  it("a reset asked from the Spanish form is written in Spanish with a link to the Spanish page", async () => {
    const person = await createUser(db, { email: `reset.${uniqueSuffix()}@example.com`, name: "Rosa Díaz" });
    const deferred: (() => Promise<void>)[] = [];
    await requestPasswordReset(
      null,
      { email: person.email, locale: "es" },
      new Headers(),
      (work) => void deferred.push(work),
    );
    for (const work of deferred) await work();
    const sent = await lastEmailTo(person.email);
    expect(sent.subject).toBe("Restablezca su contraseña de Coffee with a Cop");
    expect(sent.text).toContain("Hola, Rosa Díaz:");
    expect(sent.text).toMatch(/\/es\/account\/reset-password\?token=[\w-]+/);
  });
});
