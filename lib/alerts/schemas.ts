// The alert forms' schemas, with the messages people see next to each field.
// No "server-only": the forms read their choices beside them.
import { z } from "zod";
import { trimmedText } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/paths";
import { HONEYPOT_FIELD } from "@/lib/comments/limits";
import { ALERT_FREQUENCIES, ALERT_KINDS, ALERT_LIMITS as L } from "./limits";

const Email = trimmedText.pipe(
  z
    .string()
    .min(1, messageKey("Alerts.error.emailMissing"))
    .max(L.email.max, messageKey("Alerts.error.emailTooLong"))
    .pipe(z.email(messageKey("Alerts.error.emailIncomplete")))
    .transform((email) => email.toLowerCase()),
);

const Frequency = z.enum(ALERT_FREQUENCIES, { error: messageKey("Alerts.error.frequencyMissing") });

const Radius = z.coerce
  .number()
  .refine((miles) => (L.radiusMiles as readonly number[]).includes(miles), messageKey("Alerts.error.radius"));

/** A link's token as emails carry it (base64url); anything else names no subscription. */
export const LinkToken = z
  .string()
  .regex(/^[\w-]{20,100}$/)
  .catch("");

export const SubscribeSchema = z
  .object({
    email: Email,
    kind: z.enum(ALERT_KINDS, { error: messageKey("Alerts.error.kindMissing") }),
    zip: trimmedText,
    radiusMiles: z.string().optional(),
    departmentId: trimmedText,
    frequency: Frequency,
    /** The form's language (SubmitButton sends it): the emails are written in it. */
    locale: z.enum(LOCALES).catch(DEFAULT_LOCALE),
    timeTrap: z.string().catch(""),
    [HONEYPOT_FIELD]: z.string().catch(""),
  })
  .superRefine((form, context) => {
    if (form.kind === "near") {
      if (!/^\d{5}$/.test(form.zip)) {
        context.addIssue({ code: "custom", path: ["zip"], message: messageKey("Alerts.error.zipShape") });
      }
      if (!Radius.safeParse(form.radiusMiles).success) {
        context.addIssue({
          code: "custom",
          path: ["radiusMiles"],
          message: messageKey("Alerts.error.radius"),
        });
      }
    } else if (!/^[\w-]{1,40}$/.test(form.departmentId)) {
      context.addIssue({
        code: "custom",
        path: ["departmentId"],
        message: messageKey("Alerts.error.departmentMissing"),
      });
    }
  })
  .transform((form) => ({ ...form, radiusMiles: Number(form.radiusMiles) }));

export type SubscribeForm = z.output<typeof SubscribeSchema>;

export const TokenSchema = z.object({ token: LinkToken });

export const ChangeSubscriptionSchema = z.object({
  token: LinkToken,
  frequency: Frequency,
  /** Only alerts near a ZIP code have a radius. */
  radiusMiles: z.preprocess((value) => (value === "" ? undefined : value), Radius.optional()),
});

export type ChangeSubscriptionInput = z.output<typeof ChangeSubscriptionSchema>;
