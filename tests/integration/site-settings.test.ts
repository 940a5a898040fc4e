// The trust pages' operator details: site admins edit them, everyone else is refused
// (a 404 on the page, logged), and an empty field falls back to the environment.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_SITE_OPERATOR, env } from "@/lib/env";
import { revalidateSiteSettings, SITE_SETTINGS_TAG } from "@/lib/site-settings/cache";
import { getOperatorDetails, getSiteSettingsForEditing } from "@/lib/site-settings/queries";
import { SiteSettingsSchema } from "@/lib/site-settings/schemas";
import { updateSiteSettings } from "@/lib/site-settings/update-site-settings";
import { signedInUser } from "./events-admin-helpers";

const cache = vi.hoisted(() => ({ paths: [] as string[], tags: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => cache.paths.push(path),
  updateTag: (tag: string) => cache.tags.push(tag),
}));
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
const { guardPage } = await import("@/lib/auth/page-guards");

const db = testPrisma();
let admin: CurrentUser, staff: CurrentUser, moderator: CurrentUser;

beforeAll(async () => {
  const dept = await createDepartment(db);
  admin = await signedInUser({ isSiteAdmin: true });
  staff = await signedInUser({ memberships: [{ departmentId: dept.id, role: "STAFF" }] });
  moderator = await signedInUser({ memberships: [{ departmentId: dept.id, role: "MODERATOR" }] });
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const refusals = () => vi.mocked(console.warn).mock.calls.filter(([tag]) => tag === "[authz] refused").length;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("site settings", () => {
  it("a site admin sets the operator's name and addresses; the trust pages show them, and the change is audited", async () => {
    const state = await handleForm(
      SiteSettingsSchema,
      updateSiteSettings,
      admin,
      form({
        operatorName: "  the City of Glastonbury IT department ",
        contactEmail: "Webmaster@Glastonbury.example.gov",
        accessibilityEmail: "",
      }),
    );
    expect(state).toMatchObject({ status: "ok" });
    expect(await getOperatorDetails()).toEqual({
      operator: "the City of Glastonbury IT department",
      contactEmail: "webmaster@glastonbury.example.gov",
      accessibilityEmail: "webmaster@glastonbury.example.gov",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "site-settings.updated", actorId: admin.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.after).toMatchObject({ operatorName: "the City of Glastonbury IT department" });

    cache.tags.length = 0;
    revalidateSiteSettings();
    expect(cache.tags).toEqual([SITE_SETTINGS_TAG]);
  });

  it("fields left empty fall back to the server's settings", async () => {
    await updateSiteSettings(admin, { accessibilityEmail: "a11y@glastonbury.example.gov" });
    expect(await getOperatorDetails()).toEqual({
      operator: env().SITE_OPERATOR === DEFAULT_SITE_OPERATOR ? null : env().SITE_OPERATOR,
      contactEmail: env().SITE_CONTACT_EMAIL ?? null,
      accessibilityEmail: "a11y@glastonbury.example.gov",
    });
    expect((await getSiteSettingsForEditing(admin)).stored).toEqual({
      operatorName: "",
      contactEmail: "",
      accessibilityEmail: "a11y@glastonbury.example.gov",
    });
  });

  it("a mistyped address is answered next to its field, in the form's language, with the text kept", async () => {
    const state = await handleForm(
      SiteSettingsSchema,
      updateSiteSettings,
      admin,
      form({ operatorName: "IT", contactEmail: "webmaster@", locale: "es" }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: {
        contactEmail: ["Escriba una dirección de correo electrónico como nombre@ejemplo.org."],
      },
      values: { contactEmail: "webmaster@" },
    });
  });

  it.each([
    ["staff", () => staff],
    ["a moderator", () => moderator],
  ])("%s cannot read or change the settings: refused, logged, and the page is a 404", async (_, who) => {
    const before = await db.siteSettings.findUnique({ where: { id: 1 } });
    const logged = refusals();
    await expect(updateSiteSettings(who(), { operatorName: "Someone else" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(getSiteSettingsForEditing(who())).rejects.toMatchObject({ status: 403 });
    session.user = who();
    await expect(guardPage("/admin/site", (user) => getSiteSettingsForEditing(user))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    expect(refusals()).toBe(logged + 3);
    expect(await db.siteSettings.findUnique({ where: { id: 1 } })).toEqual(before);
  });

  it("an anonymous caller is refused with 401", async () => {
    await expect(updateSiteSettings(null, { operatorName: "Anyone" })).rejects.toMatchObject({ status: 401 });
    await expect(getSiteSettingsForEditing(null)).rejects.toMatchObject({ status: 401 });
  });
});
