// Tells residents that a follow-up they asked about is done. Run by the job runner
// (lib/jobs/runner.ts), never inside a web request: marking a follow-up done only makes
// its linked questions due (notifiedAt is null); this sends what is due, one email per
// address and follow-up, and marks each question told once its email went out, so a
// retry after a failure sends only what was not sent.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { emailLocale, emailWords, siteLink } from "@/lib/mail/in-language";
import { sendMail } from "@/lib/mail/send";
import { formatLongDate } from "@/lib/time/format";

/** How many follow-up notices one run sends at most; the next run takes the rest. */
const BATCH = 200;

type Due = {
  followUpId: string;
  title: string;
  note: string | null;
  event: { slug: string; title: string; titleEs: string | null; startsAt: Date; timeZone: string };
  email: string;
  name: string;
  /** The language the resident asked in: the notice goes out in it. */
  locale: Locale;
  questions: { commentId: string; body: string }[];
};

async function listDue(): Promise<Due[]> {
  const rows = await prisma.followUpQuestion.findMany({
    where: {
      notifiedAt: null,
      followUp: { state: "DONE" },
      comment: { status: "APPROVED", authorEmail: { not: null } },
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: {
      commentId: true,
      comment: { select: { authorEmail: true, authorName: true, authorLocale: true, body: true } },
      followUp: {
        select: {
          id: true,
          title: true,
          notes: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { body: true } },
          recap: {
            select: {
              event: { select: { slug: true, title: true, titleEs: true, startsAt: true, timeZone: true } },
            },
          },
        },
      },
    },
  });
  const byRecipient = new Map<string, Due>();
  for (const row of rows) {
    const email = (row.comment.authorEmail ?? "").toLowerCase();
    const locale = emailLocale(row.comment.authorLocale);
    // One email per address, follow-up and language: questions asked in each language are answered in it.
    const key = `${row.followUp.id} ${email} ${locale}`;
    const due = byRecipient.get(key) ?? {
      followUpId: row.followUp.id,
      title: row.followUp.title,
      note: row.followUp.notes[0]?.body ?? null,
      event: row.followUp.recap.event,
      email,
      name: row.comment.authorName,
      locale,
      questions: [],
    };
    due.questions.push({ commentId: row.commentId, body: row.comment.body });
    byRecipient.set(key, due);
  }
  return [...byRecipient.values()];
}

const excerpt = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function followUpDoneEmail(due: Due) {
  const t = emailWords(due.locale, "followUpDone");
  const when = formatLongDate(due.event.startsAt, due.event.timeZone, due.locale);
  const asked = due.questions.map((q) => `  “${excerpt(q.body)}”`).join("\n");
  return {
    to: due.email,
    subject: t("subject", { title: excerpt(due.title, 120) }),
    text: [
      t("hello", { name: due.name }),
      "",
      t("asked", { event: (due.locale === "es" && due.event.titleEs) || due.event.title, when }),
      asked,
      "",
      t("promised"),
      `  ${due.title}`,
      ...(due.note ? ["", t("note", { note: due.note })] : []),
      "",
      t("readMore", { url: siteLink(due.locale, `/events/${due.event.slug}#follow-up-${due.followUpId}`) }),
      "",
      t("why"),
      "",
    ].join("\n"),
  };
}

/** Sends every notice that is due; returns how many emails went out. */
export async function sendFollowUpNotices(now: () => Date = () => new Date()): Promise<number> {
  let sent = 0;
  for (const due of await listDue()) {
    await sendMail(followUpDoneEmail(due));
    await prisma.followUpQuestion.updateMany({
      where: { followUpId: due.followUpId, commentId: { in: due.questions.map((q) => q.commentId) } },
      data: { notifiedAt: now() },
    });
    sent++;
  }
  return sent;
}
