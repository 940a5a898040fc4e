// Readable, unique event slugs: "coffee-at-main-street-2027-03-03".
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export async function uniqueEventSlug(title: string, dateKey: string): Promise<string> {
  const base = `${slugify(title) || "event"}-${dateKey}`;
  const taken = await prisma.event.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}
