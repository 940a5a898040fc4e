// What the browser downloads is decided by imports: from each route, follow static imports;
// from the first "use client" file on, everything reached ships in the page's first-load
// JavaScript. Dynamic import() (the map) loads later, and a "use server" file ships only
// a reference. Issue 11: no zod in the browser, and the map's code only once it is opened.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

function resolveLocal(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  return EXTENSIONS.map((ext) => base + ext).find(
    (file) => fs.existsSync(file) && fs.statSync(file).isFile(),
  );
}

const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Static, value-carrying imports and re-exports (not `import type`, not `import()`). */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(
    /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+["']([^"']+)["']/gms,
  )) {
    if (!match[2]) found.push(match[4]!);
  }
  for (const match of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push(match[1]!);
  return found;
}

const directive = (source: string, name: string) =>
  new RegExp(`^(\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*["']${name}["']`).test(source);

// Runs in the browser before every page (Next.js's client instrumentation), when present.
const instrumentation = path.join(ROOT, "instrumentation-client.ts");
const everyPage = fs.existsSync(instrumentation) ? [instrumentation] : [];

type ClientGraph = { files: Set<string>; packages: Map<string, string[]> };

/** Every file and package a browser loads up front for the given server entry files. */
function clientGraph(entries: string[], clientEntries: string[] = everyPage): ClientGraph {
  const graph: ClientGraph = { files: new Set(), packages: new Map() };
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = fs.readFileSync(file, "utf8");
    if (directive(source, "use server")) return;
    const inClient = client || directive(source, "use client");
    if (inClient) graph.files.add(path.relative(ROOT, file));
    for (const specifier of staticImports(source)) {
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const target = resolveLocal(specifier, file);
        if (target && /\.(tsx?|m?js)$/.test(target)) visit(target, inClient);
      } else if (inClient) {
        const name = packageName(specifier);
        graph.packages.set(name, [...(graph.packages.get(name) ?? []), path.relative(ROOT, file)]);
      }
    }
  };
  for (const entry of entries) visit(entry, false);
  for (const entry of clientEntries) visit(entry, true);
  return graph;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|layout|template|error|global-error|not-found|loading)\.tsx$/.test(entry.name)
      ? [full]
      : [];
  });
}

const app = path.join(ROOT, "app");
// Staff pages live in app/[locale]/admin.
const publicRoutes = routeFiles(app).filter(
  (file) => !path.relative(app, file).split(path.sep).includes("admin"),
);

/** Files reachable from `entries` by static imports, server and client alike, that import `specifier`. */
function importersOf(specifier: string, entries: string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of staticImports(fs.readFileSync(file, "utf8"))) {
      if (imported === specifier) found.add(path.relative(ROOT, file));
      if (!imported.startsWith(".") && !imported.startsWith("@/")) continue;
      const target = resolveLocal(imported, file);
      if (target && /\.(tsx?|m?js)$/.test(target)) visit(target);
    }
  };
  entries.forEach(visit);
  return [...found];
}

describe("JavaScript sent to the browser", () => {
  it("public pages ship no zod, no leaflet, no auth, date or i18n library", () => {
    const { packages } = clientGraph(publicRoutes);
    // next-intl and use-intl: translations happen on the server (decision 0021).
    const heavy = [
      "zod",
      "leaflet",
      "next-auth",
      "date-fns",
      "@date-fns/tz",
      "zipcodes",
      "rrule",
      "next-intl",
      "use-intl",
    ];
    expect(
      heavy
        .filter((name) => packages.has(name))
        .map((name) => `${name} (from ${packages.get(name)!.join(", ")})`),
    ).toEqual([]);
  });

  it("no page, admin included, ships zod: the server action validates", () => {
    const { packages } = clientGraph(routeFiles(app));
    expect(packages.has("zod") ? [`zod (from ${packages.get("zod")!.join(", ")})`] : []).toEqual([]);
  });

  it("the map's code is not in any page's first load: it loads when the map is opened", () => {
    const { files, packages } = clientGraph(routeFiles(app));
    expect([...files].filter((file) => file.startsWith("components/map/events-map"))).toEqual([]);
    expect(packages.has("leaflet")).toBe(false);
  });

  it("public pages link with plain anchors: next/link's code and prefetches stay out (decision 0029)", () => {
    // A server component that renders next/link still sends its code to the browser.
    expect(importersOf("next/link", [...publicRoutes, path.join(app, "global-error.tsx")])).toEqual([]);
  });
});
