// A department's own staff keep its contact details and description; nobody else but a
// site admin may, and the refusal is logged through the guards.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { DepartmentContactSchema } from "@/lib/departments/schemas";
import { updateDepartmentContact } from "@/lib/departments/update-department-contact";
import { getDepartmentForContact } from "@/lib/departments/queries";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();

function contactForm(departmentId: string, fields: Record<string, string>): FormData {
  const data = new FormData();
  data.append("departmentId", departmentId);
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const CONTACT = {
  phone: "(860) 555-0142",
  website: "https://police.example.gov",
  contactUrl: "https://police.example.gov/contact",
  about: "Our community policing unit hosts coffee mornings every month.",
  aboutEs: "Nuestra unidad de policía comunitaria organiza cafés cada mes.",
};

describe("a department's contact details, kept by its own staff", () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    return () => vi.restoreAllMocks();
  });

  it("staff change the phone, links and description in both languages; the change is audited", async () => {
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const outcome = await handleForm(
      DepartmentContactSchema,
      updateDepartmentContact,
      staff,
      contactForm(department.id, CONTACT),
    );
    expect(outcome.status).toBe("ok");
    const saved = await db.department.findUniqueOrThrow({ where: { id: department.id } });
    expect(saved).toMatchObject({ ...CONTACT, name: department.name, city: department.city });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: department.id, action: "department.contactUpdated" },
    });
    expect(audit.actorId).toBe(staff.id);
    expect(await getDepartmentForContact(staff, department.id)).toMatchObject(CONTACT);
  });

  it("a bad address comes back next to its field, and emptied fields are cleared", async () => {
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const bad = await handleForm(
      DepartmentContactSchema,
      updateDepartmentContact,
      staff,
      contactForm(department.id, { ...CONTACT, website: "police dot gov" }),
    );
    expect(bad).toMatchObject({ status: "error", fieldErrors: { website: [expect.any(String)] } });
    await handleForm(
      DepartmentContactSchema,
      updateDepartmentContact,
      staff,
      contactForm(department.id, CONTACT),
    );
    await handleForm(
      DepartmentContactSchema,
      updateDepartmentContact,
      staff,
      contactForm(department.id, { phone: "", website: "", contactUrl: "", about: "", aboutEs: "" }),
    );
    expect(await db.department.findUniqueOrThrow({ where: { id: department.id } })).toMatchObject({
      phone: null,
      website: null,
      contactUrl: null,
      about: null,
      aboutEs: null,
    });
  });

  it("staff of another department, moderators and visitors are refused, and the refusal is logged", async () => {
    const department = await createDepartment(db);
    const other = await createDepartment(db);
    const outsider = await signedInUser({ memberships: [{ departmentId: other.id, role: "STAFF" }] });
    const moderator = await signedInUser({
      memberships: [{ departmentId: department.id, role: "MODERATOR" }],
    });
    for (const user of [outsider, moderator]) {
      const outcome = await handleForm(
        DepartmentContactSchema,
        updateDepartmentContact,
        user,
        contactForm(department.id, CONTACT),
      );
      expect(outcome).toMatchObject({ status: "error", code: 403 });
      await expect(getDepartmentForContact(user, department.id)).rejects.toThrow();
    }
    expect(
      await handleForm(
        DepartmentContactSchema,
        updateDepartmentContact,
        null,
        contactForm(department.id, CONTACT),
      ),
    ).toMatchObject({ code: 401 });
    expect(warn).toHaveBeenCalled();
    expect(await db.department.findUniqueOrThrow({ where: { id: department.id } })).toMatchObject({
      phone: department.phone,
      about: department.about,
    });
  });
});
