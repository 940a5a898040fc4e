// Finds user-facing English written straight into components' markup (issue 13): text
// between tags, string literals in braces, and user-facing attributes (aria-label, title,
// placeholder, alt, label, summary). Used by tests/unit/hard-coded-strings.test.ts;
// `npx tsx scripts/i18n/hard-coded-texts.ts` lists every file's findings.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCANNED = ["app/[locale]", "components"];
const USER_FACING_ATTRIBUTES = new Set([
  ...["aria-label", "title", "placeholder", "alt", "label", "summary"],
  // The site's own components' text props.
  ...[
    "emptyMessage",
    "submitLabel",
    "disclosureLabel",
    "pendingLabel",
    "hint",
    "legend",
    "heading",
    "message",
  ],
]);
const WORDS = /[A-Za-z]{2,}/;

export function tsxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(relative);
    return entry.name.endsWith(".tsx") ? [relative] : [];
  });
}

/** Each hard-coded text in `file`: "line: text". */
export function hardCodedTexts(
  file: string,
  source = fs.readFileSync(path.join(ROOT, file), "utf8"),
): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${line + 1}: ${text.trim().replace(/\s+/g, " ")}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression)) {
      const parent = node.parent;
      const inAttribute = ts.isJsxAttribute(parent);
      if (!inAttribute && WORDS.test(node.expression.text)) report(node, node.expression.text);
    }
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(sourceFile))) {
      const value = node.initializer;
      const text =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : undefined;
      if (text && WORDS.test(text)) report(node, `${node.name.getText(sourceFile)}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  for (const file of SCANNED.flatMap(tsxFiles).sort()) {
    const texts = hardCodedTexts(file);
    if (texts.length > 0) console.log(`${file}\n  ${texts.join("\n  ")}`);
  }
}
