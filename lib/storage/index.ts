// Where uploaded files live: a folder on this machine (UPLOADS_DIR, by default
// .data/uploads), or an S3-compatible bucket when S3_BUCKET is set, so that several
// instances serve the same files. Callers name files by keys such as
// "logos/<hash>-128.webp" and never learn which one holds them.
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { FileStorage } from "./file-storage";
import { S3Storage } from "./s3-storage";
import type { ObjectStorage } from "./object-storage";

export type { ObjectStorage, StoredObject } from "./object-storage";

let chosen: ObjectStorage | undefined;

export function objectStorage(): ObjectStorage {
  if (chosen) return chosen;
  const settings = env();
  chosen = settings.S3_BUCKET
    ? new S3Storage({
        bucket: settings.S3_BUCKET,
        endpoint: settings.S3_ENDPOINT,
        region: settings.S3_REGION,
        credentials:
          settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY }
            : undefined,
      })
    : new FileStorage(path.resolve(process.cwd(), settings.UPLOADS_DIR));
  return chosen;
}
