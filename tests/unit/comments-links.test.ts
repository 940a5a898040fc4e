import { describe, expect, it } from "vitest";
import { countLinks, splitLinks } from "@/lib/comments/links";

describe("links in comments", () => {
  it("makes http, https and www links clickable and keeps the sentence's full stop outside", () => {
    expect(splitLinks("See https://example.org/a?b=1. Or www.city.gov, or http://x.test")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: ". Or " },
      { kind: "link", text: "www.city.gov", href: "https://www.city.gov/" },
      { kind: "text", text: ", or " },
      { kind: "link", text: "http://x.test", href: "http://x.test/" },
    ]);
  });

  it("never turns javascript:, data: or HTML into a link", () => {
    for (const payload of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      '<a href="javascript:alert(1)">x</a>',
      "<img src=x onerror=alert(1)>",
    ]) {
      const parts = splitLinks(payload);
      expect(parts.every((part) => part.kind === "text")).toBe(true);
      expect(parts.map((part) => part.text).join("")).toBe(payload);
    }
  });

  it("counts the links a comment contains", () => {
    expect(countLinks("no links here")).toBe(0);
    expect(countLinks("https://a.test https://b.test www.c.test")).toBe(3);
  });
});

describe("links that hide where they lead", () => {
  it("shows an IDN host as the punycode the browser opens: a Cyrillic 'а' cannot pass for Latin", () => {
    // "аpple.com" starts with U+0430 CYRILLIC SMALL LETTER A.
    expect(splitLinks("Log in at https://\u0430pple.com/login now")).toEqual([
      { kind: "text", text: "Log in at " },
      { kind: "link", text: "https://xn--pple-43d.com/login", href: "https://xn--pple-43d.com/login" },
      { kind: "text", text: " now" },
    ]);
    // "pаypal.com" with U+0430 in the middle, typed without a scheme.
    expect(splitLinks("www.p\u0430ypal.com")).toEqual([
      { kind: "link", text: "www.xn--pypal-4ve.com", href: "https://www.xn--pypal-4ve.com/" },
    ]);
  });

  it("shows the real host of a link with a user@ part, not the name before the @", () => {
    expect(splitLinks("https://city.gov@evil.test/form")).toEqual([
      { kind: "link", text: "https://evil.test/form", href: "https://evil.test/form" },
    ]);
  });

  it("drops right-to-left overrides and other bidi controls from link text and plain text", () => {
    // U+202E reverses what follows: "https://example.org/‮gpj.exe" reads as ".../exe.jpg".
    const parts = splitLinks(
      "Photo: https://example.org/\u202Egpj.exe and \u2067hidden\u2069 \u200Fnote\u200E \u202Atext\u202C",
    );
    expect(parts).toEqual([
      { kind: "text", text: "Photo: " },
      { kind: "link", text: "https://example.org/gpj.exe", href: "https://example.org/gpj.exe" },
      { kind: "text", text: " and hidden note text" },
    ]);
    const shown = parts.map((part) => part.text).join("");
    expect(shown).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it("leaves ordinary Spanish, Arabic and accented text as it was written", () => {
    const text = "¿Habrá café? مرحبا Policía";
    expect(splitLinks(text)).toEqual([{ kind: "text", text }]);
  });
});
