import type { QrCode } from "@/lib/qr/qr-code";

export type QrCodeProps = { qr: QrCode; label: string };

/** A QR code as crisp SVG: black modules on a white square, its quiet zone included. */
export function QrCodeSvg({ qr, label }: QrCodeProps) {
  const side = qr.size + qr.margin * 2;
  return (
    <svg
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      className="flyer-qr-code"
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
