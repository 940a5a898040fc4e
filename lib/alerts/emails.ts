// The alert emails, plain text, in the language the resident signed up in
// (messages/*.json, "AlertEmails"). Every one carries the links to change or stop the
// alerts and the List-Unsubscribe headers, so that mail clients offer one click.
import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptedHost, leadHostFirst } from "@/lib/events/select";
import { eventLocation, eventUrl } from "@/lib/feeds/event-text";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { textFor } from "@/lib/i18n/content";
import { isLocale, type Locale } from "@/lib/i18n/paths";
import type { Email } from "@/lib/mail/send";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";
import { publicVenueSelect } from "@/lib/venues/select";
import { alertLinks, unsubscribeHeaders } from "./links";

export const alertEventSelect = {
  id: true,
  slug: true,
  title: true,
  titleEs: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  cancellationReason: true,
  venue: { select: publicVenueSelect },
  hosts: { where: acceptedHost, orderBy: leadHostFirst, select: { department: { select: { name: true } } } },
} satisfies Prisma.EventSelect;

export type AlertEvent = Prisma.EventGetPayload<{ select: typeof alertEventSelect }>;

export const alertRecipientSelect = {
  id: true,
  email: true,
  locale: true,
  linkNonce: true,
  zip: true,
  radiusMiles: true,
  frequency: true,
  confirmedAt: true,
  department: { select: { name: true } },
} satisfies Prisma.AlertSubscriptionSelect;

export type AlertRecipient = Prisma.AlertSubscriptionGetPayload<{ select: typeof alertRecipientSelect }>;

function wordsFor(recipient: AlertRecipient) {
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "en";
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "AlertEmails" });
  const about = recipient.department
    ? t("aboutDepartment", { department: recipient.department.name })
    : t("aboutNear", { miles: recipient.radiusMiles ?? 0, zip: recipient.zip ?? "" });
  return { locale, t, about, links: alertLinks(recipient) };
}

type Words = ReturnType<typeof wordsFor>;

function eventLines({ locale }: Words, event: AlertEvent): string[] {
  const when = `${formatLongDate(event.startsAt, event.timeZone, locale)}, ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}`;
  return [
    textFor(locale, event.title, event.titleEs).text,
    `  ${when}`,
    `  ${eventLocation(event)}`,
    `  ${event.hosts.map((h) => h.department.name).join(", ")}`,
    `  ${eventUrl(event.slug, locale)}`,
  ];
}

function footer({ t, about, links }: Words): string[] {
  return [
    "",
    "—",
    t("why", { about }),
    t("manage", { url: links.manage }),
    t("unsubscribe", { url: links.unsubscribe }),
    "",
  ];
}

function email(recipient: AlertRecipient, words: Words, subject: string, lines: string[]): Email {
  return {
    to: recipient.email,
    subject,
    text: [...lines, ...footer(words)].join("\n"),
    headers: unsubscribeHeaders(words.links),
  };
}

/** Double opt-in: the link that turns the alerts on; or, when they are on already, the link to manage them. */
export function confirmationEmail(recipient: AlertRecipient): Email {
  const words = wordsFor(recipient);
  const { t, about, links } = words;
  const frequency = t(`frequency.${recipient.frequency}`);
  if (recipient.confirmedAt) {
    return email(recipient, words, t("already.subject"), [t("already.body", { about }), "", links.manage]);
  }
  return {
    to: recipient.email,
    subject: t("confirm.subject"),
    text: [
      t("confirm.asked", { about, frequency }),
      "",
      t("confirm.open"),
      links.confirm,
      "",
      t("confirm.ignore"),
      "",
    ].join("\n"),
    headers: unsubscribeHeaders(links),
  };
}

export function newEventEmail(recipient: AlertRecipient, event: AlertEvent): Email {
  const words = wordsFor(recipient);
  const title = textFor(words.locale, event.title, event.titleEs).text;
  return email(recipient, words, words.t("newEvent.subject", { title }), [
    words.t("newEvent.intro", { about: words.about }),
    "",
    ...eventLines(words, event),
  ]);
}

export function digestEmail(recipient: AlertRecipient, events: AlertEvent[]): Email {
  const words = wordsFor(recipient);
  return email(recipient, words, words.t("digest.subject", { count: events.length }), [
    words.t("digest.intro", { about: words.about, count: events.length }),
    ...events.flatMap((event) => ["", ...eventLines(words, event)]),
  ]);
}

export function cancelledEmail(recipient: AlertRecipient, event: AlertEvent): Email {
  const words = wordsFor(recipient);
  const title = textFor(words.locale, event.title, event.titleEs).text;
  return email(recipient, words, words.t("cancelled.subject", { title }), [
    words.t("cancelled.body"),
    ...(event.cancellationReason ? ["", event.cancellationReason] : []),
    "",
    ...eventLines(words, event),
  ]);
}
