import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The fonts the share image may draw with, all shipped in npm packages (see
 * docs/decisions/0014-share-image-fonts.md). Each family is split by its package into
 * subsets with their Unicode ranges (unicode.json); a title loads only the subset
 * files that cover its characters. Earlier families win where ranges overlap.
 */
export type FontFile = { family: string; subset: string; weight: 400 | 700; file: string };

type Family = {
  name: string;
  packageName: string;
  /** Which of the package's subsets we draw with (others duplicate Noto Sans). */
  subsets: (subset: string) => boolean;
  /**
   * The characters we take from this family. The CJK packages' slice ranges also
   * list some Thai and Hangul (SC) code points their files draw as empty boxes.
   */
  script?: RegExp;
  files: (subset: string) => { weight: 400 | 700; file: string }[];
};

const staticWeights = (prefix: string) => (subset: string) =>
  ([400, 700] as const).map((weight) => ({
    weight,
    file: `${prefix}-${subset}-${weight}-normal.woff`,
  }));

function isSlice(subset: string): boolean {
  return /^\[\d+\]$/.test(subset);
}

const sliceFile = (prefix: string) => (subset: string) => [
  { weight: 400 as const, file: `${prefix}-${subset.slice(1, -1)}-wght-normal.woff2` },
];

const families: Family[] = [
  {
    name: "Noto Sans",
    packageName: "@fontsource/noto-sans",
    subsets: () => true,
    files: staticWeights("noto-sans"),
  },
  {
    name: "Noto Sans Arabic",
    packageName: "@fontsource/noto-sans-arabic",
    subsets: (subset) => subset === "arabic",
    script: /\p{Script_Extensions=Arabic}/u,
    files: staticWeights("noto-sans-arabic"),
  },
  {
    name: "Noto Sans Hebrew",
    packageName: "@fontsource/noto-sans-hebrew",
    subsets: (subset) => subset === "hebrew",
    script: /\p{Script_Extensions=Hebrew}/u,
    files: staticWeights("noto-sans-hebrew"),
  },
  {
    // Chinese (simplified forms) and Japanese kana: ~100 small slices of one
    // variable font (WOFF2, drawn as its regular instance).
    name: "Noto Sans SC",
    packageName: "@fontsource-variable/noto-sans-sc",
    subsets: isSlice,
    script:
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u,
    files: sliceFile("noto-sans-sc"),
  },
  {
    name: "Noto Sans KR",
    packageName: "@fontsource-variable/noto-sans-kr",
    subsets: isSlice,
    script: /\p{Script=Hangul}/u,
    files: sliceFile("noto-sans-kr"),
  },
];

/** Where a package's files are: the site and the tests both run from the project root. */
export function packageFile(packageName: string, ...parts: string[]): string {
  return path.join(process.cwd(), "node_modules", packageName, ...parts);
}

type Range = readonly [start: number, end: number];
type Subset = { family: Family; subset: string; ranges: Range[] };

function parseUnicodeRange(text: string): Range[] {
  return text.split(",").map((part) => {
    const [start = "0", end] = part.trim().replace(/^U\+/i, "").split("-");
    const from = Number.parseInt(start, 16);
    return [from, end === undefined ? from : Number.parseInt(end, 16)] as const;
  });
}

let catalog: Subset[] | undefined;

function subsets(): Subset[] {
  catalog ??= families.flatMap((family) => {
    const ranges = JSON.parse(
      readFileSync(packageFile(family.packageName, "unicode.json"), "utf8"),
    ) as Record<string, string>;
    return Object.entries(ranges)
      .filter(([subset]) => family.subsets(subset))
      .map(([subset, range]) => ({ family, subset, ranges: parseUnicodeRange(range) }));
  });
  return catalog;
}

/** The subset whose range holds this code point, or undefined when no shipped font has it. */
export function subsetFor(codePoint: number): string | undefined {
  const char = String.fromCodePoint(codePoint);
  const found = subsets().find(
    ({ family, ranges }) =>
      (!family.script || family.script.test(char)) &&
      ranges.some(([start, end]) => codePoint >= start && codePoint <= end),
  );
  return found && subsetKey(found);
}

function subsetKey({ family, subset }: Pick<Subset, "family" | "subset">): string {
  return `${family.name} ${subset}`;
}

/** The files to load for the given subsets (keys from subsetFor). */
export function filesFor(keys: Iterable<string>): (FontFile & { packageName: string })[] {
  const wanted = new Set(keys);
  return subsets()
    .filter((subset) => wanted.has(subsetKey(subset)))
    .flatMap((subset) =>
      subset.family.files(subset.subset).map((file) => ({
        ...file,
        family: subset.family.name,
        subset: subset.subset,
        packageName: subset.family.packageName,
      })),
    );
}
