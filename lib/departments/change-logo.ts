// Staff of a department (and site admins) upload or remove its logo. The renditions are
// stored first and the department points at them after; files no department points at
// any more are removed (several departments may share identical files).
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { objectStorage } from "@/lib/storage";
import { logoKey, logoUrl, LOGO_STORED_SIZES } from "./limits";
import { processLogo } from "./logo-image";
import { hostedEventSelect } from "./select";

/** The audit log's view of a logo: its address (the log drops fields named like hashes). */
const logoSnapshot = (logoHash: string | null) => ({ logo: logoHash ? logoUrl(logoHash, 128) : null });

async function setLogo(actor: CurrentUser, departmentId: string, logoHash: string | null) {
  const result = await prisma.$transaction(async (db) => {
    const before = await db.department.findUnique({
      where: { id: departmentId },
      select: { slug: true, logoHash: true },
    });
    if (!before) throw new InputError({}, messageKey("AdminDepartments.error.departmentGone"));
    await db.department.update({ where: { id: departmentId }, data: { logoHash } });
    await recordAudit(db, {
      actorId: actor.id,
      action: logoHash ? "department.logo-changed" : "department.logo-removed",
      entityType: "Department",
      entityId: departmentId,
      departmentId,
      before: logoSnapshot(before.logoHash),
      after: logoSnapshot(logoHash),
    });
    const hostedEvents = await db.event.findMany({
      where: { hosts: { some: { departmentId } } },
      select: hostedEventSelect,
    });
    return { slug: before.slug, previousHash: before.logoHash, hostedEvents };
  });
  if (result.previousHash && result.previousHash !== logoHash) await removeUnusedFiles(result.previousHash);
  return { slug: result.slug, hostedEvents: result.hostedEvents };
}

async function removeUnusedFiles(logoHash: string): Promise<void> {
  const stillUsed = await prisma.department.count({ where: { logoHash } });
  if (stillUsed > 0) return;
  await Promise.all(LOGO_STORED_SIZES.map((size) => objectStorage().remove(logoKey(logoHash, size))));
}

export async function uploadDepartmentLogo(
  user: CurrentUser | null,
  input: { departmentId: string; logo: File },
) {
  const actor = await requireDepartmentRole(input.departmentId, "STAFF", user);
  const { logoHash, images } = await processLogo(Buffer.from(await input.logo.arrayBuffer()));
  await Promise.all(
    images.map((image) => objectStorage().put(logoKey(logoHash, image.size), image.body, "image/webp")),
  );
  return setLogo(actor, input.departmentId, logoHash);
}

export async function removeDepartmentLogo(user: CurrentUser | null, input: { departmentId: string }) {
  const actor = await requireDepartmentRole(input.departmentId, "STAFF", user);
  return setLogo(actor, input.departmentId, null);
}
