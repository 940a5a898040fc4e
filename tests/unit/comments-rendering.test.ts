import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentItem } from "@/components/comments/comment-item";

const render = (body: string, authorName = "Visitor") =>
  renderToStaticMarkup(
    createElement(CommentItem, {
      comment: {
        id: "c1",
        authorName,
        body,
        createdAt: new Date("2026-11-20T16:00:00Z"),
        official: false,
        officialDepartment: null,
      },
      timeZone: "America/New_York",
      locale: "en",
    }),
  );

describe("a comment as the page renders it", () => {
  it("shows script tags, event handlers and javascript: links as inert text", () => {
    const html = render(
      '<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> javascript:alert(4)',
      '<b onmouseover="alert(5)">Eve</b>',
    );
    expect(html).not.toMatch(/<script|<img|<b |href="javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    expect(html).toContain("&lt;b onmouseover=&quot;alert(5)&quot;&gt;Eve&lt;/b&gt;");
  });

  it("makes web links clickable with rel=ugc nofollow", () => {
    const html = render("Schedule at https://example.org/coffee.");
    expect(html).toContain('<a href="https://example.org/coffee" rel="ugc nofollow noopener noreferrer">');
  });

  it("shows a homoglyph link's punycode host and drops a right-to-left override from the body and name", () => {
    const html = render("Tickets: https://\u0430pple.com/\u202Egnp.exe", "\u202EnimdA");
    expect(html).toContain(
      '<a href="https://xn--pple-43d.com/gnp.exe" rel="ugc nofollow noopener noreferrer">https://xn--pple-43d.com/gnp.exe</a>',
    );
    expect(html).toContain(">nimdA</span>");
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("marks an official reply with its department", () => {
    const html = renderToStaticMarkup(
      createElement(CommentItem, {
        comment: {
          id: "c2",
          authorName: "Sgt. Ortiz",
          body: "Yes.",
          createdAt: new Date(),
          official: true,
          officialDepartment: "Ventura Police Department",
        },
        timeZone: "America/Los_Angeles",
        locale: "en",
      }),
    );
    expect(html).toContain("Official reply — Ventura Police Department");
  });

  it("speaks Spanish on a Spanish page: the badge, the label and the time", () => {
    const html = renderToStaticMarkup(
      createElement(CommentItem, {
        comment: {
          id: "c3",
          authorName: "Sgt. Ortiz",
          body: "Sí.",
          createdAt: new Date("2026-11-20T16:00:00Z"),
          official: true,
          officialDepartment: "Ventura Police Department",
        },
        timeZone: "America/Los_Angeles",
        locale: "es",
      }),
    );
    expect(html).toContain("Respuesta oficial — Ventura Police Department");
    expect(html).toContain('aria-label="Respuesta oficial de Sgt. Ortiz"');
    expect(html).toContain("vie 20 de nov, 8:00 a.m. PST");
  });
});
