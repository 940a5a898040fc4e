// Writes the demo comments with their moderation history.
import type { Db } from "../../tests/factories";
import { buildComment } from "../../tests/factories";
import { COMMENTS, type CommentPosted, type ReplySeed } from "./comments";
import type { DepartmentKey } from "./departments";
import { must, type Ids } from "./insert-events";
import type { EventPlan } from "./schedule";
import type { DemoRole } from "./users";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Context = {
  events: Map<string, { id: string; plan: EventPlan }>;
  departments: Ids<DepartmentKey>;
  users: Map<DemoRole, string>;
  now: Date;
};

export async function insertComments(db: Db, context: Context): Promise<void> {
  for (const { event: eventKey, replies = [], ...comment } of COMMENTS) {
    const event = must(context.events.get(eventKey), `event ${eventKey}`);
    const parent = await db.comment.create({ data: commentRow(comment, event, null, context) });
    for (const reply of replies) {
      await db.comment.create({ data: commentRow(reply, event, parent.id, context) });
    }
  }
}

function commentRow(
  seed: ReplySeed,
  event: { id: string; plan: EventPlan },
  parentId: string | null,
  context: Context,
) {
  const createdAt = postedAt(seed.posted, event.plan, context.now);
  const user = (role: DemoRole) => must(context.users.get(role), `user ${role}`);
  const moderated = seed.status !== "PENDING" && !seed.official;
  // Ventura's moderator handles Ventura's events; the site admin handles the rest.
  const moderator = event.plan.hosts.includes("ventura-police") ? user("moderator") : user("admin");
  return buildComment({
    eventId: event.id,
    parentId,
    authorName: seed.authorName,
    authorEmail: seed.authorEmail ?? null,
    body: seed.body,
    status: seed.status,
    holdReason: seed.holdReason ?? null,
    official: Boolean(seed.official),
    officialDepartmentId: seed.official
      ? must(context.departments.get(seed.official.department), "department")
      : null,
    authorUserId: seed.official ? user(seed.official.by) : null,
    moderatedById: moderated ? moderator : null,
    moderatedAt: moderated
      ? new Date(Math.min(createdAt.getTime() + 90 * MINUTE, context.now.getTime()))
      : null,
    createdAt,
  });
}

function postedAt(posted: CommentPosted, plan: EventPlan, now: Date): Date {
  const at =
    "hoursAgo" in posted
      ? now.getTime() - posted.hoursAgo * HOUR
      : plan.endsAt.getTime() + posted.hoursAfterEventEnds * HOUR;
  return new Date(Math.min(at, now.getTime() - 10 * MINUTE));
}
