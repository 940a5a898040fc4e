import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// Each run keeps its uploads in a folder of its own: set before lib/env.ts first reads it.
const uploads = vi.hoisted(() => {
  const folder = `${process.env.TMPDIR ?? "/tmp"}/cwac-uploads-${process.pid}-${Date.now()}`;
  process.env.UPLOADS_DIR = folder;
  return folder;
});

import { createDepartment, createUser } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { DepartmentLogoSchema, RemoveDepartmentLogoSchema } from "@/lib/departments/schemas";
import { removeDepartmentLogo, uploadDepartmentLogo } from "@/lib/departments/change-logo";
import { isVerifiedDepartment, readLogoFile } from "@/lib/departments/queries";
import { LOGO_MAX_BYTES, logoUrl } from "@/lib/departments/limits";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();

afterAll(() => rmSync(uploads, { recursive: true, force: true }));

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

/** A photo-like JPEG carrying EXIF: a copyright line and a GPS position. */
async function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 400, channels: 3, background: "#1d4f7c" } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: "Police photo unit", ImageDescription: "Seal on the chief's desk" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "41/1 46/1 12/1" },
    })
    .toBuffer();
}

function logoForm(departmentId: string, file: File): FormData {
  const data = new FormData();
  data.append("departmentId", departmentId);
  data.append("logo", file);
  return data;
}

const storedFiles = () => {
  const folder = path.join(uploads, "logos");
  return existsSync(folder) ? readdirSync(folder).sort() : [];
};

async function upload(user: Awaited<ReturnType<typeof signedInUser>>, departmentId: string, file: File) {
  return handleForm(DepartmentLogoSchema, uploadDepartmentLogo, user, logoForm(departmentId, file));
}

describe("department logos", () => {
  it("staff upload a JPEG with EXIF; the stored images are square WebP with no metadata left", async () => {
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const original = await jpegWithExif();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const outcome = await upload(
      staff,
      department.id,
      new File([new Uint8Array(original)], "seal.jpg", { type: "image/jpeg" }),
    );

    expect(outcome.status).toBe("ok");
    const { logoHash } = await db.department.findUniqueOrThrow({ where: { id: department.id } });
    expect(logoHash).toMatch(/^[a-f0-9]{32}$/);
    for (const display of [64, 128] as const) {
      const name = logoUrl(logoHash!, display).replace("/logos/", "");
      const onDisk = readFileSync(path.join(uploads, "logos", name));
      const metadata = await sharp(onDisk).metadata();
      expect(metadata).toMatchObject({ format: "webp", width: display * 2, height: display * 2 });
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(onDisk.includes(Buffer.from("Police photo unit"))).toBe(false);
      const served = await readLogoFile(name);
      expect(served?.contentType).toBe("image/webp");
      expect(served?.body.equals(onDisk)).toBe(true);
    }
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: department.id, action: "department.logo-changed" },
    });
    expect(audit).toMatchObject({ actorId: staff.id, after: { logo: logoUrl(logoHash!, 128) } });
  });

  it("refuses a file that is not an image, whatever its name and type say, next to the field", async () => {
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const text = new File(["Minutes of the March meeting"], "logo.png", { type: "image/png" });

    const outcome = await upload(staff, department.id, text);

    expect(outcome).toMatchObject({
      status: "error",
      code: 400,
      fieldErrors: { logo: [expect.stringContaining("not a PNG, JPEG or WebP image")] },
    });
    expect((await db.department.findUniqueOrThrow({ where: { id: department.id } })).logoHash).toBeNull();
  });

  it("refuses an SVG, even one named .png, saying why", async () => {
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>`;

    for (const file of [
      new File([svg], "seal.svg", { type: "image/svg+xml" }),
      new File([svg], "seal.png", { type: "image/png" }),
    ]) {
      const outcome = await upload(staff, department.id, file);
      expect(outcome).toMatchObject({
        status: "error",
        fieldErrors: { logo: [expect.stringContaining("SVG files are not accepted")] },
      });
    }
  });

  it("refuses a file over 2 MB before reading it, and an empty choice", async () => {
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const big = Buffer.concat([await jpegWithExif(), Buffer.alloc(LOGO_MAX_BYTES)]);

    const tooBig = await upload(
      staff,
      department.id,
      new File([new Uint8Array(big)], "scan.jpg", { type: "image/jpeg" }),
    );
    const empty = await upload(staff, department.id, new File([], "", { type: "application/octet-stream" }));

    expect(tooBig).toMatchObject({ fieldErrors: { logo: [expect.stringContaining("larger than 2 MB")] } });
    expect(empty).toMatchObject({ fieldErrors: { logo: ["Choose an image file (PNG, JPEG or WebP)."] } });
  });

  it("staff of another department, and moderators, cannot change a department's logo", async () => {
    const department = await createDepartment(db);
    const other = await createDepartment(db);
    const outsider = await signedInUser({ memberships: [{ departmentId: other.id, role: "STAFF" }] });
    const moderator = await signedInUser({
      memberships: [{ departmentId: department.id, role: "MODERATOR" }],
    });
    const png = await sharp({ create: { width: 50, height: 50, channels: 4, background: "#000" } })
      .png()
      .toBuffer();

    for (const user of [outsider, moderator]) {
      const outcome = await upload(
        user,
        department.id,
        new File([new Uint8Array(png)], "x.png", { type: "image/png" }),
      );
      expect(outcome).toMatchObject({ status: "error", code: 403 });
    }
    expect(
      await handleForm(
        DepartmentLogoSchema,
        uploadDepartmentLogo,
        null,
        logoForm(department.id, new File([new Uint8Array(png)], "x.png")),
      ),
    ).toMatchObject({ code: 401 });
    expect((await db.department.findUniqueOrThrow({ where: { id: department.id } })).logoHash).toBeNull();
  });

  it("a replaced or removed logo's files are deleted, unless another department shows the same image", async () => {
    const [first, second] = [await createDepartment(db), await createDepartment(db)];
    const admin = await signedInUser({ isSiteAdmin: true });
    const red = await sharp({ create: { width: 80, height: 80, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();
    const blue = await sharp({ create: { width: 80, height: 80, channels: 3, background: "#00c" } })
      .webp()
      .toBuffer();
    const filesBefore = storedFiles();

    await upload(admin, first.id, new File([new Uint8Array(red)], "red.png"));
    await upload(admin, second.id, new File([new Uint8Array(red)], "red.png"));
    const redHash = (await db.department.findUniqueOrThrow({ where: { id: first.id } })).logoHash!;
    await upload(admin, first.id, new File([new Uint8Array(blue)], "blue.webp"));
    expect(storedFiles().filter((name) => name.startsWith(redHash))).toHaveLength(2);

    const removed = await handleForm(
      RemoveDepartmentLogoSchema,
      removeDepartmentLogo,
      admin,
      logoForm(second.id, new File([], "")),
    );
    expect(removed.status).toBe("ok");
    expect(storedFiles().filter((name) => name.startsWith(redHash))).toEqual([]);
    expect(storedFiles().filter((name) => !filesBefore.includes(name))).toHaveLength(2);
    expect(
      await db.auditLog.count({ where: { entityId: second.id, action: "department.logo-removed" } }),
    ).toBe(1);
  });

  it("the logo route's names are only those the site makes", async () => {
    expect(await readLogoFile("../../etc/passwd")).toBeNull();
    expect(await readLogoFile(`${"a".repeat(32)}-999.webp`)).toBeNull();
    expect(await readLogoFile(`${"a".repeat(32)}-256.webp`)).toBeNull();
  });
});

describe("the verified department mark", () => {
  it("shows when the department lists its domains and every active staff member uses one", async () => {
    const department = await createDepartment(db, { verifiedDomains: ["ehpd.example.gov"] });
    await createUser(db, {
      email: "sgt.ruiz@EHPD.example.gov",
      memberships: [{ departmentId: department.id, role: "STAFF" }],
    });
    await createUser(db, {
      email: "former@gmail.example",
      deactivatedAt: new Date(),
      memberships: [{ departmentId: department.id, role: "STAFF" }],
    });
    await createUser(db, {
      email: "volunteer@gmail.example",
      memberships: [{ departmentId: department.id, role: "MODERATOR" }],
    });
    expect(await isVerifiedDepartment(department.id)).toBe(true);
  });

  it("does not show with no listed domain, no staff, or one staff member on another domain", async () => {
    const noDomains = await createDepartment(db, { verifiedDomains: [] });
    await createUser(db, {
      email: "a@ehpd.example.gov",
      memberships: [{ departmentId: noDomains.id, role: "STAFF" }],
    });
    const noStaff = await createDepartment(db, { verifiedDomains: ["ehpd.example.gov"] });
    const mixed = await createDepartment(db, { verifiedDomains: ["ehpd.example.gov"] });
    for (const email of ["b@ehpd.example.gov", "county.clerk@county.example.gov"]) {
      await createUser(db, { email, memberships: [{ departmentId: mixed.id, role: "STAFF" }] });
    }
    expect(await isVerifiedDepartment(noDomains.id)).toBe(false);
    expect(await isVerifiedDepartment(noStaff.id)).toBe(false);
    expect(await isVerifiedDepartment(mixed.id)).toBe(false);
  });
});
