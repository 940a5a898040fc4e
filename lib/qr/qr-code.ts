// QR codes drawn as one SVG path (the `qrcode` package computes the modules), so a page
// renders them as markup: no image file, no inline style, sharp at any print size.
import "server-only";
import QRCode from "qrcode";

export type QrCode = {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules as an SVG path in module units, offset by the quiet zone. */
  path: string;
  /** The quiet zone around the code, in modules (4, as the standard asks). */
  margin: number;
};

/** A QR code for a URL; level M survives a smudge or a fold on a printed flyer. */
export function qrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const margin = 4;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark modules in a row.
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      const start = column;
      while (column + 1 < modules.size && modules.get(row, column + 1)) column++;
      const run = column - start + 1;
      parts.push(`M${start + margin} ${row + margin}h${run}v1h-${run}z`);
    }
  }
  return { size: modules.size, path: parts.join(""), margin };
}
