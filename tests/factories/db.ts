import type { Prisma } from "../../lib/generated/prisma/client";

/** A Prisma client or a transaction: factories work inside the seed's transaction too. */
export type Db = Prisma.TransactionClient;
