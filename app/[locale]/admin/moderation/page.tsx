import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireModerator } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { DECISIONS } from "@/lib/comments/labels";
import { parseQueueFilters } from "@/lib/comments/schemas";
import { listModerationQueue, QUEUE_PAGE_SIZE, queueFilterOptions } from "@/lib/comments/queries";
import type { Locale } from "@/lib/i18n/routing";
import { ModerationForm } from "@/components/comments/moderation/moderation-form";
import { QueueFiltersForm } from "@/components/comments/moderation/queue-filters";
import { QueueItemRow } from "@/components/comments/moderation/queue-item";
import { OfficialReplyForm } from "@/components/comments/official-reply-form";
import { officialReplyDepartmentsByEvent } from "@/lib/comments/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminModeration");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationPage({ searchParams }: Props) {
  const user = await guardPage("/admin/moderation", requireModerator);
  const t = await getTranslations("AdminModeration");
  const locale = (await getLocale()) as Locale;
  const filters = parseQueueFilters(await searchParams);
  const [items, options] = await Promise.all([listModerationQueue(user, filters), queueFilterOptions(user)]);
  const answerFor = await officialReplyDepartmentsByEvent(user, items);
  const heading = { view: t(`viewTitle.${filters.view}`), count: items.length };
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <QueueFiltersForm filters={filters} options={options} />
      <h2 className="text-xl font-bold">
        {items.length === QUEUE_PAGE_SIZE ? t("queueHeadingFull", heading) : t("queueHeading", heading)}
      </h2>
      <ModerationForm
        hasItems={items.length > 0}
        locale={locale}
        labels={{
          selectedLegend: t("form.selectedLegend"),
          selected: t("form.selected"),
          bulk: Object.fromEntries(
            DECISIONS.map((decision) => [decision, t(`form.bulk.${decision}`)]),
          ) as Record<(typeof DECISIONS)[number], string>,
          reason: t("form.reason"),
          shortcuts: t.rich("form.shortcuts", { kbd: (chunks) => <kbd>{chunks}</kbd> }),
        }}
      >
        {items.length === 0 ? (
          <p className="rounded-lg bg-green-50 p-4 text-green-900">{t("empty")}</p>
        ) : (
          <ol className="space-y-3" aria-describedby="queue-shortcuts">
            {items.map((item) => {
              const departments = answerFor.get(item.event.id) ?? [];
              return (
                <QueueItemRow key={item.id} item={item}>
                  {item.status === "APPROVED" && !item.parentId && departments.length > 0 && (
                    <OfficialReplyForm
                      parentId={item.id}
                      departments={departments}
                      idempotencyKey={randomUUID()}
                    />
                  )}
                </QueueItemRow>
              );
            })}
          </ol>
        )}
      </ModerationForm>
    </div>
  );
}
