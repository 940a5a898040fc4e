// The top of the dashboard: what waits for the user, one line each, linking to where it is done.
import { StaffLink } from "@/components/admin/staff-link";
import type { DashboardTodo } from "@/lib/events/staff-queries";

export function NeedsAttention({ todo }: { todo: DashboardTodo[] }) {
  return (
    <section aria-labelledby="todo-heading" className="rounded-lg border-2 border-brand-700 p-4">
      <h2 id="todo-heading" className="text-xl font-bold">
        Needs your attention
      </h2>
      {todo.length === 0 ? (
        <p className="mt-2">Nothing waits for you: no comments to moderate, drafts or invitations.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {todo.map((item) => (
            <li key={item.key}>
              <StaffLink href={item.href} className="font-semibold">
                {item.count} {item.count === 1 ? item.one : item.many}
              </StaffLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
