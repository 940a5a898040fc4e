// Prints the URL of a throwaway embedded PostgreSQL for writing migrations, and keeps
// it running until Ctrl-C: `npx tsx scripts/dev-db.ts`, then in another shell
// `DATABASE_URL=<url> npx prisma migrate dev --name what-changed`.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./db/embedded";

const dataDir = path.resolve(import.meta.dirname, "../.data", `migrations-${process.pid}`);
const server = await startEmbeddedPostgres(dataDir);
const admin = new pg.Client({ connectionString: server.url("postgres") });
await admin.connect();
await admin.query("CREATE DATABASE migrations");
await admin.end();
console.log(server.url("migrations"));
const stop = () => void server.stop().finally(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
