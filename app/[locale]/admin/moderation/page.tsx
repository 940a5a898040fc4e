import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requireModerator } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { QUEUE_VIEW_TITLES } from "@/lib/comments/labels";
import { parseQueueFilters } from "@/lib/comments/schemas";
import { listModerationQueue, QUEUE_PAGE_SIZE, queueFilterOptions } from "@/lib/comments/queries";
import { ModerationForm } from "@/components/comments/moderation/moderation-form";
import { QueueFiltersForm } from "@/components/comments/moderation/queue-filters";
import { QueueItemRow } from "@/components/comments/moderation/queue-item";
import { OfficialReplyForm } from "@/components/comments/official-reply-form";
import { officialReplyDepartmentsByEvent } from "@/lib/comments/queries";

export const metadata: Metadata = { title: "Moderation" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationPage({ searchParams }: Props) {
  const user = await guardPage("/admin/moderation", requireModerator);
  const filters = parseQueueFilters(await searchParams);
  const [items, options] = await Promise.all([listModerationQueue(user, filters), queueFilterOptions(user)]);
  const answerFor = await officialReplyDepartmentsByEvent(user, items);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Moderation</h1>
      <p>
        Comments on your departments&apos; events. Nothing appears on the public site until it is approved.
      </p>
      <QueueFiltersForm filters={filters} options={options} />
      <h2 className="text-xl font-bold">
        {QUEUE_VIEW_TITLES[filters.view]}: {items.length}
        {items.length === QUEUE_PAGE_SIZE && " (the oldest shown first; decide on these to see more)"}
      </h2>
      <ModerationForm hasItems={items.length > 0}>
        {items.length === 0 ? (
          <p className="rounded-lg bg-green-50 p-4 text-green-900">Nothing here. All caught up.</p>
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
