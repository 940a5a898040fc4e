// RFC 5545 §3.1: content lines are folded at 75 octets, not characters. The `ics`
// library counts characters, so lines with "–" or "é" came out too long: refold them.

const MAX_OCTETS = 75;

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts toward their 75 octets.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

export function foldIcs(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .map((line) => (line ? foldLine(line) : line))
    .join("\r\n");
}
