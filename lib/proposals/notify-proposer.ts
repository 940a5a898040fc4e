// Tells the proposer the department's answer, in the language they proposed in. Run by
// the job runner (lib/jobs/runner.ts), never inside a web request: accepting or declining
// only makes the answer due (notifiedAt is null); this sends what is due and marks each
// proposal told once its email went out, so a retry sends only what was not sent.
import "server-only";
import { createTranslator } from "next-intl";
import { prisma } from "@/lib/db/client";
import { absoluteUrl } from "@/lib/feeds/site-url";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/routing";
import { sendMail, type Email } from "@/lib/mail/send";

/** How many answers one run sends at most; the next run takes the rest. */
const BATCH = 100;

const dueSelect = {
  id: true,
  status: true,
  email: true,
  locale: true,
  proposerName: true,
  note: true,
  declineReason: true,
  createdAt: true,
  department: { select: { name: true, slug: true } },
} as const;

type Due = NonNullable<Awaited<ReturnType<typeof listDue>>[number]>;

function listDue() {
  return prisma.eventProposal.findMany({
    where: { status: { in: ["ACCEPTED", "DECLINED"] }, email: { not: null }, notifiedAt: null },
    orderBy: { decidedAt: "asc" },
    take: BATCH,
    select: dueSelect,
  });
}

const excerpt = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function proposalAnswerEmail(due: Due): Email {
  const locale: Locale = isLocale(due.locale) ? due.locale : "en";
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "Proposals.mail" });
  const department = due.department.name;
  const accepted = due.status === "ACCEPTED";
  return {
    to: due.email ?? "",
    subject: accepted ? t("acceptedSubject", { department }) : t("declinedSubject", { department }),
    text: [
      due.proposerName ? t("helloName", { name: due.proposerName }) : t("hello"),
      "",
      t("youProposed", { department }),
      `  “${excerpt(due.note)}”`,
      "",
      ...(accepted
        ? [
            t("accepted"),
            "",
            t("watch", { url: absoluteUrl(localizedPath(locale, `/departments/${due.department.slug}`)) }),
          ]
        : [
            t("declined"),
            `  ${due.declineReason ?? ""}`,
            "",
            t("again", { url: absoluteUrl(localizedPath(locale, "/propose")) }),
          ]),
      "",
      t("onlyEmail"),
      "",
    ].join("\n"),
  };
}

/** Sends every answer that is due; returns how many emails went out. */
export async function sendProposalAnswers(now: () => Date = () => new Date()): Promise<number> {
  let sent = 0;
  for (const due of await listDue()) {
    await sendMail(proposalAnswerEmail(due));
    await prisma.eventProposal.update({ where: { id: due.id }, data: { notifiedAt: now() } });
    sent++;
  }
  return sent;
}
