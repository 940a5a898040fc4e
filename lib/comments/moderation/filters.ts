// The queue's filters, read from the URL (GET), so they work without JavaScript.
import { z } from "zod";

export const QUEUE_VIEWS = {
  review: "Needs review (pending or reported)",
  PENDING: "Pending",
  REPORTED: "Reported",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  SPAM: "Spam",
} as const;

export type QueueView = keyof typeof QUEUE_VIEWS;

const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((value) => value || undefined);

export const QueueFiltersSchema = z.object({
  view: z.enum(Object.keys(QUEUE_VIEWS) as [QueueView, ...QueueView[]]).catch("review"),
  department: optionalId.catch(undefined),
  event: optionalId.catch(undefined),
});

export type QueueFilters = z.infer<typeof QueueFiltersSchema>;

/** searchParams (values may be arrays) → filters; anything odd falls back to the default. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return QueueFiltersSchema.parse({
    view: first(params.view),
    department: first(params.department),
    event: first(params.event),
  });
}
