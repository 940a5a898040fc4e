import "server-only";
import { createElement } from "react";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { EventCard, shareImageSize, type ShareCard } from "./event-card";
import { fontsFor } from "./fonts";
import { prepareText } from "./prepare-text";

const brand = "Coffee with a Cop";

// Every font and emoji was chosen beforehand from shipped files (prepareText), so a
// segment satori still finds no glyph for is left as it is: never downloaded.
const loadNothing = async () => [];

/**
 * Renders an event's share image to PNG bytes, with fonts and emoji pictures read
 * from npm packages only. Never touches the network: next/og's ImageResponse would
 * fetch fonts and emoji for characters its built-in font lacks.
 */
export async function renderShareImagePng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const {
    texts: [title = "", when = "", where = "", shownBrand = brand],
    subsets,
    graphemeImages,
  } = prepareText([card.title, card.when, card.where, brand]);
  const svg = await satori(createElement(EventCard, { title, when, where, brand: shownBrand }), {
    ...shareImageSize,
    fonts: fontsFor(subsets),
    graphemeImages,
    loadAdditionalAsset: loadNothing,
  });
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: shareImageSize.width },
    // Text is already paths; skipping the system font scan saves time per image.
    font: { loadSystemFonts: false },
  }).render();
  return new Uint8Array(png.asPng());
}

/** The share image as an HTTP response; an hour in caches, since titles can change. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  const png = await renderShareImagePng(card);
  return new Response(png, {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
