import "server-only";

export type ShareCard = {
  /** The event's title (any script, emoji included). */
  title: string;
  /** Date and time, already formatted in the venue's zone. */
  when: string;
  /** Venue, city and state. */
  where: string;
};

export const shareImageSize = { width: 1200, height: 630 } as const;

const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const strong = /[\p{L}]/u;

/** A line whose first letter is Arabic or Hebrew is set right to left. */
function direction(text: string): "rtl" | "ltr" {
  const first = [...text].find((char) => strong.test(char));
  return first && rightToLeft.test(first) ? "rtl" : "ltr";
}

/** The picture shown when an event is shared: what, when (local, zone named), where. */
export function EventCard({ title, when, where, brand }: ShareCard & { brand: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        boxSizing: "border-box",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#173f63",
        color: "white",
        fontFamily: "Noto Sans latin",
      }}
    >
      <div style={{ fontSize: 36, color: "#d6e6f4" }}>{brand}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.15, direction: direction(title) }}>
          {title}
        </div>
        <div style={{ fontSize: 36, direction: direction(when) }}>{when}</div>
        <div style={{ fontSize: 36, color: "#fde68a", direction: direction(where) }}>{where}</div>
      </div>
    </div>
  );
}
