import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { decodePng, differingPixels } from "../support/png";

// The network is cut for this whole file, before the renderer (and its WebAssembly)
// is even loaded: any attempt to fetch is recorded and fails.
const fetchCalls: unknown[] = [];
vi.stubGlobal("fetch", (...args: unknown[]) => {
  fetchCalls.push(args);
  throw new Error("network access attempted while rendering a share image");
});
const { renderShareImagePng, shareImageResponse } = await import("@/lib/share-image");
const { prepareText } = await import("@/lib/share-image/prepare-text");

const when = "Wednesday, October 7, 2026 · 8:00–9:30 AM CDT";
const where = "Dunkin' – Burnside Avenue, East Hartford, CT";

/** The title with every character but spaces blanked: same layout, no glyphs. */
const blanked = (title: string) => title.replace(/\S/gu, " ");

const titles = {
  Spanish: "Café con un policía: ¿qué pasa en el barrio?",
  Vietnamese: "Cà phê với cảnh sát",
  Chinese: "与警察喝咖啡",
  Korean: "경찰과 커피 한잔",
  Arabic: "قهوة مع شرطي",
  Hebrew: "קפה עם שוטר",
  emoji: "Coffee ☕ with a Cop 👮‍♀️🚓",
};

afterAll(() => {
  vi.unstubAllGlobals();
});

describe("the event share image, drawn with shipped fonts only", () => {
  let blank: ReturnType<typeof decodePng>;
  beforeAll(async () => {
    blank = decodePng(await renderShareImagePng({ title: "", when, where }));
  });

  test.each(Object.entries(titles))("a %s title is drawn, with the network cut", async (_, title) => {
    const response = await shareImageResponse({ title, when, where });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const image = decodePng(new Uint8Array(await response.arrayBuffer()));
    expect([image.width, image.height]).toEqual([1200, 630]);

    const withoutGlyphs = decodePng(await renderShareImagePng({ title: blanked(title), when, where }));
    expect(differingPixels(withoutGlyphs, blank)).toBe(0);
    // A 68 px title draws thousands of pixels of ink, even in five characters.
    expect(differingPixels(image, withoutGlyphs)).toBeGreaterThan(3000);
    expect(fetchCalls).toEqual([]);
  });

  test("emoji are drawn from Twemoji pictures, and CJK fonts load only for CJK text", () => {
    const emoji = prepareText([titles.emoji]);
    expect(Object.keys(emoji.graphemeImages).sort()).toEqual(["☕", "👮‍♀️", "🚓"].sort());
    expect([...prepareText([titles.Spanish]).subsets].some((s) => /SC|KR/.test(s))).toBe(false);
    expect([...prepareText([titles.Chinese]).subsets].some((s) => s.startsWith("Noto Sans SC"))).toBe(true);
  });

  test("a character no shipped font covers is left out, and the image still comes back", async () => {
    // Thai (no font shipped), a private-use character, an Emoji 16 face Twemoji 15 lacks.
    const title = "Coffee ภาษาไทย with a Cop \u{10FFFD} \u{1FAE9}";
    expect(prepareText([title]).texts).toEqual(["Coffee with a Cop"]);
    const image = decodePng(await renderShareImagePng({ title, when, where }));
    const plain = decodePng(await renderShareImagePng({ title: "Coffee with a Cop", when, where }));
    expect(differingPixels(image, plain)).toBe(0);
    expect(fetchCalls).toEqual([]);
  });
});
