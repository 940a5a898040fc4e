"use server";
// The alert forms' server actions, for residents without an account: the sign-up (keyed
// by the sender's salted address hash for rate limits), and the confirm, change and stop
// buttons of the links in alert emails. No email is sent here: the job runner sends them.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { messageKey } from "@/lib/actions/message-key";
import { safeAction } from "@/lib/actions/safe-action";
import { clientAddressHash } from "@/lib/http/client-address";
import { localizedPath } from "@/lib/i18n/paths";
import { JOBS, requestJob } from "@/lib/jobs/queue";
import { changeSubscription } from "./change-subscription";
import { confirmSubscription } from "./confirm-subscription";
import { deleteSubscription } from "./delete-subscription";
import { ChangeSubscriptionSchema, SubscribeSchema, TokenSchema } from "./schemas";
import type { SignUpContext } from "./settings";
import { subscribeToAlerts } from "./subscribe";

async function sender(): Promise<SignUpContext> {
  return { senderHash: clientAddressHash(await headers()) };
}

export const subscribeAction = safeAction(SubscribeSchema, subscribeToAlerts, {
  anonymous: true,
  context: sender,
  invalidMessage: messageKey("Alerts.error.invalid"),
  onSuccess: async ({ email, confirmationDue }) => {
    if (confirmationDue) await requestJob(JOBS.emailAlerts.queue);
    return { status: "success", message: messageKey("Alerts.answer.sent", { email }) };
  },
});

const manageAddress = (locale: string, token: string, notice: string) =>
  localizedPath(
    locale === "es" ? "es" : "en",
    `/alerts/manage?token=${encodeURIComponent(token)}&notice=${notice}`,
  );

export const confirmAction = safeAction(TokenSchema, confirmSubscription, {
  anonymous: true,
  onSuccess: ({ manageToken }, _input, { locale }) => {
    redirect(manageAddress(locale, manageToken, "confirmed"));
  },
});

export const changeSubscriptionAction = safeAction(ChangeSubscriptionSchema, changeSubscription, {
  anonymous: true,
  onSuccess: ({ token }, _input, { locale }) => {
    redirect(manageAddress(locale, token, "saved"));
  },
});

export const unsubscribeAction = safeAction(TokenSchema, deleteSubscription, {
  anonymous: true,
  onSuccess: (_result, _input, { locale }) => {
    redirect(localizedPath(locale, "/alerts/stopped"));
  },
});
