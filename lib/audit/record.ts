// Who did what to which record, with before/after of the fields that changed.
// Secrets never reach the log: any field that looks like a password, token or hash is dropped.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;
type Snapshot = Record<string, unknown>;

export type AuditEntry = {
  actorId: string | null;
  /** Verb in the past tense, e.g. "event.published", "membership.revoked". */
  action: string;
  entityType: string;
  entityId: string;
  departmentId?: string | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
};

const SECRET_FIELD = /password|token|hash|secret/i;

function toJson(value: unknown): Prisma.InputJsonValue | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));
}

/** Only the fields that differ (all fields for a creation or deletion), secrets removed. */
export function changedFields(before: Snapshot | null | undefined, after: Snapshot | null | undefined) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changedBefore: Record<string, Prisma.InputJsonValue | null> = {};
  const changedAfter: Record<string, Prisma.InputJsonValue | null> = {};
  for (const key of keys) {
    if (SECRET_FIELD.test(key)) continue;
    const a = before?.[key];
    const b = after?.[key];
    if (before && after && same(a, b)) continue;
    if (before) changedBefore[key] = toJson(a);
    if (after) changedAfter[key] = toJson(b);
  }
  return { before: before ? changedBefore : null, after: after ? changedAfter : null };
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  const { before, after } = changedFields(entry.before, entry.after);
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      departmentId: entry.departmentId ?? null,
      before: before ?? undefined,
      after: after ?? undefined,
    },
  });
}
