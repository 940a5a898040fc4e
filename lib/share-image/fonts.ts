import "server-only";
import { readFileSync } from "node:fs";
import type { SatoriOptions } from "satori";
import { filesFor, packageFile } from "./font-catalog";

type FontOptions = SatoriOptions["fonts"][number];

// One buffer per file for the life of the process: satori also keeps its parsed
// font per buffer, so later images that need the same subset cost nothing more.
const loaded = new Map<string, Buffer>();

function fontData(packageName: string, file: string): Buffer {
  const key = `${packageName}/${file}`;
  let data = loaded.get(key);
  if (!data) {
    data = readFileSync(packageFile(packageName, "files", file));
    loaded.set(key, data);
  }
  return data;
}

/** Satori font entries for the subsets a text needs; one name per subset file. */
export function fontsFor(subsetKeys: Iterable<string>): FontOptions[] {
  return filesFor(subsetKeys).map(({ family, subset, weight, file, packageName }) => ({
    name: `${family} ${subset}`,
    data: fontData(packageName, file),
    weight,
    style: "normal",
  }));
}

/** How many font files this process holds (for tests of the per-process cache). */
export function loadedFontFileCount(): number {
  return loaded.size;
}
