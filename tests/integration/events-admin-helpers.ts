// Shared by the events-admin tests: signed-in users and filled-in event forms.
import { createUser, type CreateUserOptions } from "../factories";
import { testPrisma } from "../support/db";
import { loadCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { daysAhead } from "../support/dates";

export { daysAhead };

export async function signedInUser(options: CreateUserOptions = {}): Promise<CurrentUser> {
  const row = await createUser(testPrisma(), options);
  const user = await loadCurrentUser({ userId: row.id, sessionVersion: row.sessionVersion });
  if (!user) throw new Error("expected an active user");
  return user;
}

export function eventForm(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  const defaults: Record<string, string | string[]> = {
    title: "Coffee with a Cop at the Corner Café",
    description: "Meet the officers who patrol your neighborhood over a cup of coffee. No agenda.",
    format: "COFFEE_WITH_A_COP",
    date: daysAhead(10),
    startTime: "08:00",
    endTime: "09:30",
    languages: ["en"],
  };
  for (const [key, value] of Object.entries({ ...defaults, ...fields })) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}
