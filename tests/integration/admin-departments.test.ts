import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createEvent, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { DepartmentSchema, UpdateDepartmentSchema } from "@/lib/departments/schemas";
import { createDepartment as createAsAdmin } from "@/lib/departments/create-department";
import { updateDepartment } from "@/lib/departments/update-department";
import { revalidateDepartmentPages } from "@/lib/departments/cache";
import { signedInUser } from "./events-admin-helpers";

const cache = vi.hoisted(() => ({ paths: [] as string[], tags: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => cache.paths.push(path),
  updateTag: (tag: string) => cache.tags.push(tag),
}));

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

  it("a rename refreshes the department's pages under both slugs and every page of the events it hosts", async () => {
    const department = await createDepartment(db);
    const cohost = await createDepartment(db);
    const venue = await createVenue(db);
    const event = await createEvent(db, { venue, hosts: [cohost, department] });
    await createEvent(db, { hosts: [cohost] });
    const admin = await signedInUser({ isSiteAdmin: true });
    const renamed = await updateDepartment(admin, {
      ...DepartmentSchema.parse({ ...fields, slug: "renamed-police" }),
      departmentId: department.id,
    });
    expect(renamed.hostedEvents.map((e) => e.slug)).toEqual([event.slug]);
    cache.paths.length = 0;
    cache.tags.length = 0;
    revalidateDepartmentPages([renamed.before.slug, renamed.after.slug], renamed.hostedEvents);
    expect(cache.paths).toEqual(
      expect.arrayContaining([
        "/departments",
        `/departments/${department.slug}`,
        "/departments/renamed-police",
        "/departments/renamed-police/events.ics",
        "/departments/renamed-police/feed.xml",
        "/embed/departments/renamed-police",
        `/events/${event.slug}`,
        `/departments/${cohost.slug}`,
        `/venues/${venue.slug}`,
        "/events",
      ]),
    );
    expect(cache.tags).toEqual(
      expect.arrayContaining([`department:${department.slug}`, "department:renamed-police"]),
    );
  });
});
