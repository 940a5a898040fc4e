import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { LOCALES, localizedPath, withoutLocale } from "@/lib/i18n/routing";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [inner, text] of flatten(value, name)) entries.set(inner, text);
  }
  return entries;
}

/** The ICU arguments a message uses ({count}, {name}, <link>…</link>); parsing also fails on a malformed message. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.tag) visit(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(message));
  return [...names].sort();
}

const catalogs = LOCALES.map((locale) => ({ locale, messages: flatten(CATALOGS[locale] as Tree) }));

describe("the message catalogs (messages/*.json)", () => {
  it("have the same keys in every language: a key in one and not the other fails", () => {
    const [english, ...others] = catalogs;
    for (const other of others) {
      const missing = [...english!.messages.keys()].filter((key) => !other.messages.has(key));
      const extra = [...other.messages.keys()].filter((key) => !english!.messages.has(key));
      expect({ locale: other.locale, missing, extra }).toEqual({
        locale: other.locale,
        missing: [],
        extra: [],
      });
    }
  });

  it("use the same arguments in every language, and no message is empty", () => {
    const english = catalogs[0]!.messages;
    for (const { locale, messages } of catalogs) {
      for (const [key, text] of messages) {
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
        expect(argumentsOf(text), `${locale} ${key}`).toEqual(argumentsOf(english.get(key) ?? ""));
      }
    }
  });
});

describe("addresses in each language", () => {
  it("keeps English at the root and Spanish under /es", () => {
    expect(localizedPath("es", "/events")).toBe("/es/events");
    expect(localizedPath("es", "/")).toBe("/es");
    expect(localizedPath("en", "/es/events")).toBe("/events");
    expect(withoutLocale("/es")).toBe("/");
    expect(withoutLocale("/español")).toBe("/español");
    expect(withoutLocale("/events/es")).toBe("/events/es");
  });
});
