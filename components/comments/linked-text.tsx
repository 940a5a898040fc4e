import { splitLinks } from "@/lib/comments/links";

/**
 * A resident's plain text: rendered as text (React escapes it), with http(s) links
 * made clickable. rel="ugc nofollow" tells search engines we don't vouch for them.
 */
export function LinkedText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div className="space-y-2">
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line break-words">
          {splitLinks(paragraph).map((part, partIndex) =>
            part.kind === "link" ? (
              <a key={partIndex} href={part.href} rel="ugc nofollow noopener noreferrer">
                {part.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
