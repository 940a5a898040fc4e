"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddressHash } from "@/lib/http/client-address";
import { reportComment } from "./report";
import type { ReportFormState } from "./report-reasons";
import { ReportCommentSchema } from "./schema";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Anyone may report an approved comment; works with JavaScript off. */
export async function reportCommentAction(
  _previous: ReportFormState,
  formData: FormData,
): Promise<ReportFormState> {
  const values = { reason: text(formData, "reason"), details: text(formData, "details") };
  const parsed = ReportCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: ReportFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "reason" || field === "details") fieldErrors[field] ??= issue.message;
    }
    return { status: "error", message: "Please check the report below.", fieldErrors, values };
  }
  const result = await reportComment(parsed.data, { senderHash: clientAddressHash(await headers()) });
  if (result.outcome === "rate-limited") {
    return {
      status: "error",
      message: `Too many reports from your connection. Please try again in ${result.retryAfterMinutes} minutes.`,
      fieldErrors: {},
      values,
    };
  }
  if (result.outcome === "not-found") {
    return {
      status: "received",
      message: "Thank you. This comment is already being reviewed.",
      fieldErrors: {},
      values,
    };
  }
  const slug = text(formData, "eventSlug");
  if (result.hidden && /^[\w-]+$/.test(slug)) revalidatePath(`/events/${slug}`);
  return {
    status: "received",
    message: "Thank you. A moderator will look at this comment.",
    fieldErrors: {},
    values: { reason: "", details: "" },
  };
}
