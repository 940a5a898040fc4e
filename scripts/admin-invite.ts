// `npm run admin:invite -- email "Full Name"`: makes a site admin on DATABASE_URL and
// prints a one-time link where they choose a password. How a new install gets its
// first admin without a password anyone else knows (docs/decisions/0011-…).
import { createPrismaClient } from "../lib/db/create-client";
import { inviteSiteAdmin } from "../lib/users/invite-site-admin";
import { describeFailure, LaunchError, passwordOf } from "./launcher/errors";

const USAGE = 'Usage: DATABASE_URL=… SITE_URL=https://… npm run admin:invite -- email "Full Name"';

async function main(): Promise<number> {
  try {
    const [email, ...nameParts] = process.argv.slice(2);
    const name = nameParts.join(" ").trim();
    const databaseUrl = process.env.DATABASE_URL?.trim();
    const siteUrl = (process.env.SITE_URL ?? process.env.NEXTAUTH_URL)?.trim().replace(/\/+$/, "");
    if (!email || !name) throw new LaunchError(USAGE);
    if (!databaseUrl) throw new LaunchError(`DATABASE_URL is not set. ${USAGE}`);
    if (!siteUrl)
      throw new LaunchError(`SITE_URL is not set: the link must carry the site's address. ${USAGE}`);
    const prisma = createPrismaClient(databaseUrl, 1);
    try {
      const result = await inviteSiteAdmin(prisma, { email, name }, siteUrl);
      console.log(
        result.kind === "invited"
          ? `${result.email} is a site admin. Send them this one-time link (valid 7 days) to choose a password:\n${result.link}`
          : `${result.email} already had a password and is now a site admin. They sign in at ${result.link}`,
      );
    } finally {
      await prisma.$disconnect();
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof Error && error.name === "ZodError"
        ? `Check the email and name. ${USAGE}`
        : describeFailure(error, passwordOf(process.env.DATABASE_URL));
    console.error(message);
    return 1;
  }
}

process.exit(await main());
