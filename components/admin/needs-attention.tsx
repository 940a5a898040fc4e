// The top of the dashboard: what waits for the user, one line each, linking to where it is done.
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import type { DashboardTodo } from "@/lib/events/staff-queries";

export async function NeedsAttention({ todo }: { todo: DashboardTodo[] }) {
  const t = await getTranslations("Admin.todo");
  // Each line by its key ("drafts", "recaps"…), its plural from the catalog.
  const line = (item: DashboardTodo) =>
    t.has(`line.${item.key}`)
      ? t(`line.${item.key}`, { count: item.count })
      : `${item.count} ${item.count === 1 ? item.one : item.many}`;
  return (
    <section aria-labelledby="todo-heading" className="rounded-lg border-2 border-brand-700 p-4">
      <h2 id="todo-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {todo.length === 0 ? (
        <p className="mt-2">{t("nothing")}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {todo.map((item) => (
            <li key={item.key}>
              <StaffLink href={item.href} className="font-semibold">
                {line(item)}
              </StaffLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
