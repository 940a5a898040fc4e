import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// What the public may see of a comment: never its email, sender hash or moderation.
const publicCommentSelect = {
  id: true,
  authorName: true,
  body: true,
  createdAt: true,
  official: true,
  officialDepartmentId: true,
} satisfies Prisma.CommentSelect;

type PublicCommentRow = Prisma.CommentGetPayload<{ select: typeof publicCommentSelect }>;

export type PublicComment = Omit<PublicCommentRow, "officialDepartmentId"> & {
  officialDepartment: string | null;
};
export type PublicThread = PublicComment & { replies: PublicComment[] };

/** Approved comments and official replies of an event, oldest first, one level deep. */
export async function listPublicComments(eventId: string): Promise<PublicThread[]> {
  const rows = await prisma.comment.findMany({
    where: { eventId, parentId: null, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...publicCommentSelect,
      replies: {
        where: { status: "APPROVED" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: publicCommentSelect,
      },
    },
  });
  const departmentIds = new Set(
    rows.flatMap((row) => [row, ...row.replies]).flatMap((c) => c.officialDepartmentId ?? []),
  );
  const departments = await prisma.department.findMany({
    where: { id: { in: [...departmentIds] } },
    select: { id: true, name: true },
  });
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const toPublic = ({ officialDepartmentId, ...comment }: PublicCommentRow): PublicComment => ({
    ...comment,
    officialDepartment: officialDepartmentId ? (names.get(officialDepartmentId) ?? null) : null,
  });
  return rows.map(({ replies, ...row }) => ({ ...toPublic(row), replies: replies.map(toPublic) }));
}
