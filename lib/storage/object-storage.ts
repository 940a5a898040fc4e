// What every place that keeps uploaded files offers. Keys are made by the site itself
// (a folder name, a content hash, a size), never typed by a visitor.

export type StoredObject = { body: Buffer; contentType: string };

export interface ObjectStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<StoredObject | null>;
  /** Removing a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.[a-z0-9]+$/;

/** Refuses keys that could leave the storage's folder or bucket prefix. */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}
