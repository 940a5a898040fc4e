// The department form, shared by the page and the action.
import { z } from "zod";
import { id, optionalText, requiredText, usState } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { SUPPORTED_TIME_ZONES } from "@/lib/time/zones";
import { DepartmentKind } from "@/lib/generated/prisma/enums";
import { LOGO_MAX_BYTES, LOGO_MAX_LABEL } from "./limits";

const DOMAIN = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

/** "ehpd.gov, easthartfordct.gov" or one per line → ["ehpd.gov", "easthartfordct.gov"] */
const domainList = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/[\s,;]+/)
          .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
          .filter(Boolean)
      : [],
  z.array(z.string().regex(DOMAIN, messageKey("AdminDepartments.error.domains"))).max(20),
);

export const DepartmentSchema = z.object({
  name: requiredText("AdminDepartments.error.name", 3, 120),
  slug: z
    .string({ error: messageKey("AdminDepartments.error.slugMissing") })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, messageKey("AdminDepartments.error.slugShape"))
    .max(80),
  kind: z.enum(DepartmentKind, { error: messageKey("AdminDepartments.error.kindMissing") }),
  city: requiredText("AdminDepartments.error.city", 2, 80),
  state: usState,
  timeZone: z.enum(SUPPORTED_TIME_ZONES as [string, ...string[]], {
    error: messageKey("AdminDepartments.error.timeZoneMissing"),
  }),
  phone: optionalText("AdminDepartments.error.phone", 40),
  website: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().url(messageKey("AdminDepartments.error.website")).max(300).optional(),
  ),
  contactUrl: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().url(messageKey("AdminSite.error.contactUrl")).max(300).optional(),
  ),
  about: optionalText("AdminDepartments.error.about", 2000),
  aboutEs: optionalText("AdminDepartments.error.aboutEs", 2000),
  verifiedDomains: domainList,
});

export const UpdateDepartmentSchema = DepartmentSchema.extend({
  departmentId: id(messageKey("AdminDepartments.error.departmentMissing")),
});

export type DepartmentInput = z.output<typeof DepartmentSchema>;

/** What a department's own staff may change: how residents reach it, and its description. */
export const DepartmentContactSchema = DepartmentSchema.pick({
  phone: true,
  website: true,
  contactUrl: true,
  about: true,
  aboutEs: true,
}).extend({
  departmentId: id(messageKey("AdminDepartments.error.departmentMissing")),
});

export type DepartmentContactInput = z.output<typeof DepartmentContactSchema>;

const chooseFile = messageKey("AdminDepartments.error.chooseFile");

/** The logo form: the file's bytes are checked in logo-image.ts, its size here. */
export const DepartmentLogoSchema = z.object({
  departmentId: id(messageKey("AdminDepartments.error.departmentMissing")),
  logo: z
    .instanceof(File, { error: chooseFile })
    .refine((file) => file.size > 0, chooseFile)
    .refine(
      (file) => file.size <= LOGO_MAX_BYTES,
      messageKey("AdminDepartments.error.fileTooLarge", { max: LOGO_MAX_LABEL }),
    ),
});

export const RemoveDepartmentLogoSchema = z.object({
  departmentId: id(messageKey("AdminDepartments.error.departmentMissing")),
});
