import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createDepartment, createUser } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm, InputError } from "@/lib/actions/safe-action";
import { loadCurrentUser } from "@/lib/auth/current-user";
import { requireDepartmentRole } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";

const db = testPrisma();

const RenameSchema = z.object({
  departmentId: z.string().min(1),
  name: z.string().trim().min(3, "Enter a name of at least 3 characters."),
  tags: z.array(z.string()).optional(),
});

async function renameDepartment(user: CurrentUser | null, input: z.output<typeof RenameSchema>) {
  await requireDepartmentRole(input.departmentId, "STAFF", user);
  if (input.name === "Taken") throw new InputError({ name: ["That name is taken."] });
  return { renamed: input.name };
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("the server action wrapper", () => {
  it("returns field messages and what was typed (without passwords) when the input is invalid", async () => {
    const outcome = await handleForm(
      RenameSchema,
      renameDepartment,
      null,
      form([
        ["departmentId", "d1"],
        ["name", " x"],
        ["password", "hunter2"],
        ["tags", "a"],
        ["tags", "b"],
      ]),
      { anonymous: true },
    );
    expect(outcome).toEqual({
      status: "error",
      code: 400,
      fieldErrors: { name: ["Enter a name of at least 3 characters."] },
      formError: "Please correct the fields marked below.",
      values: { departmentId: "d1", name: " x", tags: ["a", "b"] },
      attempt: expect.any(String) as string,
    });
  });

  it("refuses anonymous callers of a signed-in action before reading their input, and logs it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const outcome = await handleForm(
      RenameSchema,
      renameDepartment,
      null,
      form([
        ["departmentId", "d1"],
        ["name", " x"],
      ]),
    );
    expect(outcome).toMatchObject({
      status: "error",
      code: 401,
      fieldErrors: {},
      formError: "Please sign in to continue.",
      values: { departmentId: "d1", name: " x" },
    });
    expect(warn).toHaveBeenCalledWith("[authz] refused", { userId: null, attempted: "signed-in action" });
    vi.restoreAllMocks();
  });

  it("maps refusals to 401 for anonymous callers and 403 for the wrong department", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const [mine, theirs] = [await createDepartment(db), await createDepartment(db)];
    const row = await createUser(db, { memberships: [{ departmentId: mine.id, role: "STAFF" }] });
    const user = await loadCurrentUser({ userId: row.id, sessionVersion: 0 });
    const anonymous = await handleForm(
      RenameSchema,
      renameDepartment,
      null,
      form([
        ["departmentId", mine.id],
        ["name", "East"],
      ]),
    );
    const forbidden = await handleForm(
      RenameSchema,
      renameDepartment,
      user,
      form([
        ["departmentId", theirs.id],
        ["name", "East"],
      ]),
    );
    expect(anonymous).toMatchObject({ status: "error", code: 401, values: { name: "East" } });
    expect(forbidden).toMatchObject({
      status: "error",
      code: 403,
      formError: "You do not have permission to do that.",
    });
    const allowed = await handleForm(
      RenameSchema,
      renameDepartment,
      user,
      form([
        ["departmentId", mine.id],
        ["name", "East"],
      ]),
    );
    expect(allowed).toMatchObject({ status: "ok", result: { renamed: "East" } });
    const taken = await handleForm(
      RenameSchema,
      renameDepartment,
      user,
      form([
        ["departmentId", mine.id],
        ["name", "Taken"],
      ]),
    );
    expect(taken).toMatchObject({
      status: "error",
      code: 400,
      fieldErrors: { name: ["That name is taken."] },
    });
    vi.restoreAllMocks();
  });
});
