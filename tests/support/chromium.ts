// The browser every test and benchmark drives: Debian's Chromium (CHROMIUM_PATH, as
// scripts/check-browser.mjs reads it), with the flags it needs here (docs/STACK: no
// sandbox as root, no GPU, nothing that calls home).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];
