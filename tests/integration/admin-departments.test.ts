import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { DepartmentSchema, UpdateDepartmentSchema } from "@/lib/departments/schemas";
import { createDepartment as createAsAdmin, updateDepartment } from "@/lib/departments/actions-data";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const fields = {
  name: "Glastonbury Police Department",
  slug: "glastonbury-police",
  kind: "CITY_POLICE",
  city: "Glastonbury",
  state: "ct",
  timeZone: "America/New_York",
  phone: "(860) 633-8301",
  website: "https://www.glastonbury-ct.gov/police",
  about: "",
  verifiedDomains: "glastonbury-ct.gov, @GPD.example.gov",
};

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("departments", () => {
  it("site admins create one, with normalised state and verified domains", async () => {
    const admin = await signedInUser({ isSiteAdmin: true });
    const outcome = await handleForm(DepartmentSchema, createAsAdmin, admin, form(fields));
    expect(outcome.status).toBe("ok");
    const stored = await db.department.findUniqueOrThrow({ where: { slug: "glastonbury-police" } });
    expect(stored).toMatchObject({
      state: "CT",
      verifiedDomains: ["glastonbury-ct.gov", "gpd.example.gov"],
      about: null,
    });
    expect(await db.auditLog.count({ where: { entityId: stored.id, action: "department.created" } })).toBe(1);
  });

  it("staff of a department cannot edit it, and a slug in use is refused next to its field", async () => {
    const mine = await createDepartment(db);
    const other = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: mine.id, role: "STAFF" }] });
    const admin = await signedInUser({ isSiteAdmin: true });
    const edit = form({ ...fields, departmentId: mine.id, slug: mine.slug, name: "Renamed by staff" });
    expect(await handleForm(UpdateDepartmentSchema, updateDepartment, staff, edit)).toMatchObject({
      status: "error",
      code: 403,
    });
    const clash = await handleForm(
      UpdateDepartmentSchema,
      updateDepartment,
      admin,
      form({ ...fields, departmentId: mine.id, slug: other.slug }),
    );
    expect(clash).toMatchObject({
      status: "error",
      fieldErrors: { slug: ["Another department uses this web address name."] },
    });
    expect((await db.department.findUniqueOrThrow({ where: { id: mine.id } })).name).toBe(mine.name);
  });

  it("explains bad input field by field", async () => {
    const admin = await signedInUser({ isSiteAdmin: true });
    const outcome = await handleForm(
      DepartmentSchema,
      createAsAdmin,
      admin,
      form({
        ...fields,
        slug: "Bad Slug!",
        state: "XX",
        website: "www.example",
        verifiedDomains: "not a domain",
      }),
    );
    expect(outcome.status === "error" && Object.keys(outcome.fieldErrors).sort()).toEqual(
      ["slug", "state", "verifiedDomains", "website"].sort(),
    );
  });
});
