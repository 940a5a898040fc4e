// Logos in S3-compatible storage, against a real S3-compatible server (s3rver, from npm)
// on a free port with its data in a temporary folder.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDepartment } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { DepartmentLogoSchema } from "@/lib/departments/schemas";
import { uploadDepartmentLogo } from "@/lib/departments/change-logo";
import { readLogoFile } from "@/lib/departments/queries";
import { logoKey } from "@/lib/departments/limits";
import { S3Storage } from "@/lib/storage/s3-storage";
import { signedInUser } from "./events-admin-helpers";

// lib/env.ts reads the settings once, when a module first asks, so they are set before
// any import: on a port found free now, where the server starts before the tests.
const settings = await vi.hoisted(async () => {
  const net = await import("node:net");
  const { mkdtempSync } = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const folder = mkdtempSync(path.join(os.tmpdir(), "cwac-s3rver-"));
  const values = {
    S3_BUCKET: "cwac-logos",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    UPLOADS_DIR: path.join(folder, "unused-uploads"),
  };
  Object.assign(process.env, values);
  return { ...values, port, folder };
});

const server = new S3rver({
  address: "127.0.0.1",
  port: settings.port,
  silent: true,
  directory: path.join(settings.folder, "s3"),
  configureBuckets: [{ name: settings.S3_BUCKET, configs: [] }],
});
const bucket = new S3Storage({
  bucket: settings.S3_BUCKET,
  endpoint: settings.S3_ENDPOINT,
  region: "us-east-1",
  credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
});

beforeAll(async () => {
  await server.run();
});

afterAll(async () => {
  await server.close();
  rmSync(settings.folder, { recursive: true, force: true });
});

const db = testPrisma();

describe("S3-compatible storage (S3_BUCKET set)", () => {
  it("keeps, returns and removes objects; a missing key reads as nothing", async () => {
    await bucket.put("logos/check-1.webp", Buffer.from("RIFF-not-really"), "image/webp");
    expect(await bucket.get("logos/check-1.webp")).toEqual({
      body: Buffer.from("RIFF-not-really"),
      contentType: "image/webp",
    });
    await bucket.remove("logos/check-1.webp");
    expect(await bucket.get("logos/check-1.webp")).toBeNull();
    expect(await bucket.get("logos/never-there.webp")).toBeNull();
  });

  it("an uploaded logo goes to the bucket, not the uploads folder, and the logo route reads it back", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const department = await createDepartment(db);
    const staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
    const png = await sharp({ create: { width: 90, height: 60, channels: 4, background: "#7a4a22" } })
      .png()
      .toBuffer();
    const data = new FormData();
    data.append("departmentId", department.id);
    data.append("logo", new File([new Uint8Array(png)], "seal.png", { type: "image/png" }));

    expect((await handleForm(DepartmentLogoSchema, uploadDepartmentLogo, staff, data)).status).toBe("ok");

    const { logoHash } = await db.department.findUniqueOrThrow({ where: { id: department.id } });
    const stored = await bucket.get(logoKey(logoHash!, 256));
    expect(stored?.contentType).toBe("image/webp");
    expect((await sharp(stored!.body).metadata()).width).toBe(256);
    expect((await readLogoFile(`${logoHash}-256.webp`))?.body.equals(stored!.body)).toBe(true);
    expect(existsSync(settings.UPLOADS_DIR)).toBe(false);
  });
});
