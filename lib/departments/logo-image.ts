// A department's logo as the site keeps it: the uploaded bytes are checked for what they
// are (PNG, JPEG or WebP, never SVG, whatever the file's name or type says), decoded
// and re-encoded by sharp into square WebP renditions. Re-encoding drops every piece of
// metadata (EXIF, GPS position, camera, comments) and anything hidden after the image.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { InputError } from "@/lib/actions/input-error";
import { LOGO_STORED_SIZES } from "./limits";

type ImageFormat = "png" | "jpeg" | "webp";

/** Bigger images than this (in pixels) are refused before they are decoded. */
const MAX_INPUT_PIXELS = 40_000_000;

function refuse(message: string): never {
  throw new InputError({ logo: [message] });
}

/** What the first bytes say the file is. */
export function sniffImageFormat(bytes: Buffer): ImageFormat | "svg" | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  const start = bytes
    .toString("utf8", 0, 1024)
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(start)) return "svg";
  return null;
}

export type LogoRenditions = { logoHash: string; images: { size: number; body: Buffer }[] };

/** Checks and re-encodes an uploaded logo; an unusable file is an InputError on the "logo" field. */
export async function processLogo(bytes: Buffer): Promise<LogoRenditions> {
  const sniffed = sniffImageFormat(bytes);
  if (sniffed === "svg") {
    refuse(messageKey("AdminDepartments.error.svg"));
  }
  if (sniffed === null) {
    refuse(messageKey("AdminDepartments.error.notAnImage"));
  }
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (format !== sniffed) {
    refuse(messageKey("AdminDepartments.error.unreadableImage"));
  }
  const images = await Promise.all(
    LOGO_STORED_SIZES.map(async (size) => ({
      size,
      body: await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
        .rotate()
        .resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
        .webp({ quality: 90 })
        .toBuffer(),
    })),
  );
  const hash = createHash("sha256");
  for (const image of images) hash.update(image.body);
  return { logoHash: hash.digest("hex").slice(0, 32), images };
}
