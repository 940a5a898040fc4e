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
