// The department form, shared by the page and the action.
import { z } from "zod";
import { id, optionalText, requiredText, usState } from "@/lib/actions/fields";
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
  z.array(z.string().regex(DOMAIN, "Enter domains like ehpd.gov, separated by commas.")).max(20),
);

export const DepartmentSchema = z.object({
  name: requiredText("the department's name", 3, 120),
  slug: z
    .string({ error: "Enter the web address name." })
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "Use lowercase letters, digits and hyphens, e.g. east-hartford-police.",
    )
    .max(80),
  kind: z.enum(DepartmentKind, { error: "Choose the kind of agency." }),
  city: requiredText("the city", 2, 80),
  state: usState,
  timeZone: z.enum(SUPPORTED_TIME_ZONES as [string, ...string[]], { error: "Choose the time zone." }),
  phone: optionalText("the non-emergency phone", 40),
  website: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().url("Enter the full address, starting with https://").max(300).optional(),
  ),
  about: optionalText("the description", 2000),
  aboutEs: optionalText("the Spanish description", 2000),
  verifiedDomains: domainList,
});

export const UpdateDepartmentSchema = DepartmentSchema.extend({
  departmentId: id("The department is missing."),
});

export type DepartmentInput = z.output<typeof DepartmentSchema>;

const chooseFile = "Choose an image file (PNG, JPEG or WebP).";

/** The logo form: the file's bytes are checked in logo-image.ts, its size here. */
export const DepartmentLogoSchema = z.object({
  departmentId: id("The department is missing."),
  logo: z
    .instanceof(File, { error: chooseFile })
    .refine((file) => file.size > 0, chooseFile)
    .refine(
      (file) => file.size <= LOGO_MAX_BYTES,
      `That file is larger than ${LOGO_MAX_LABEL}. Save a smaller version of the logo (for example 1000 pixels wide) and upload that.`,
    ),
});

export const RemoveDepartmentLogoSchema = z.object({ departmentId: id("The department is missing.") });
