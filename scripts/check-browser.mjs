// Before any test runs: is there a browser for Playwright? Debian's Chromium, or
// Playwright's own. If neither, say in one line how to get one, and stop.
import console from "node:console";
import fs from "node:fs";
import process from "node:process";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

if (!fs.existsSync(DEBIAN_CHROMIUM) && !playwrightChromium()) {
  console.error(
    "No browser for the end-to-end tests: install Debian's Chromium (sudo apt-get install -y chromium), or where the internet is reachable run npx playwright install chromium.",
  );
  process.exit(1);
}
