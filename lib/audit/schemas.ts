// The audit log page's parameters.
import { z } from "zod";

/** ?page=N: anything that is not a page number from 1 up reads as the first page. */
export const AuditLogParamsSchema = z.object({
  page: z.coerce
    .number()
    .catch(1)
    .transform((page) => Math.max(1, Math.floor(page))),
});
