import "server-only";
import { prisma } from "@/lib/db/client";
import { languageName } from "./labels";

export type Choice = { value: string; label: string };

/** Every department, by name, for the search form's department list. */
export async function listDepartmentChoices(): Promise<Choice[]> {
  const departments = await prisma.department.findMany({
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  return departments.map((d) => ({ value: d.slug, label: d.name }));
}

/** The languages officers speak at public events, English first, then by name. */
export async function listLanguageChoices(): Promise<Choice[]> {
  const rows = await prisma.$queryRaw<{ code: string }[]>`
    SELECT DISTINCT unnest(languages) AS code FROM "Event" WHERE status <> 'DRAFT'::"EventStatus"`;
  return rows
    .map(({ code }) => ({ value: code, label: languageName(code) }))
    .sort((a, b) => (a.value === "en" ? -1 : b.value === "en" ? 1 : a.label.localeCompare(b.label)));
}
