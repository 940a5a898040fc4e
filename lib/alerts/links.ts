// The links in alert emails. Each subscription has a random nonce; its tokens are derived
// from it with the site's secret, so the job runner can put them in every email while the
// database keeps only their SHA-256 (a copy of the database opens no one's alerts).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { siteHmac } from "@/lib/crypto/site-hmac";
import { absoluteUrl } from "@/lib/feeds/site-url";
import { isLocale, localizedPath } from "@/lib/i18n/paths";

type Purpose = "manage" | "confirm";

export const newLinkNonce = () => randomBytes(18).toString("base64url");

export function linkToken(purpose: Purpose, nonce: string): string {
  return siteHmac("alert-link").update(`${purpose}:${nonce}`).digest("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The stored hashes of a nonce's tokens. */
export function linkTokenHashes(nonce: string) {
  return {
    manageTokenHash: hashLinkToken(linkToken("manage", nonce)),
    confirmTokenHash: hashLinkToken(linkToken("confirm", nonce)),
  };
}

/** Every link an email about this subscription may carry, in its language. */
export function alertLinks(subscription: { linkNonce: string; locale: string }) {
  const locale = isLocale(subscription.locale) ? subscription.locale : "en";
  const manage = encodeURIComponent(linkToken("manage", subscription.linkNonce));
  const confirm = encodeURIComponent(linkToken("confirm", subscription.linkNonce));
  const page = (path: string) => absoluteUrl(localizedPath(locale, path));
  return {
    confirm: page(`/alerts/confirm?token=${confirm}`),
    manage: page(`/alerts/manage?token=${manage}`),
    unsubscribe: page(`/alerts/unsubscribe?token=${manage}`),
    /** RFC 8058: a mail client POSTs here, with no page in between. */
    oneClick: absoluteUrl(`/api/alerts/unsubscribe?token=${manage}`),
  };
}

/** The headers that let mail clients offer "Unsubscribe" (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(links: { oneClick: string }): Record<string, string> {
  return {
    "List-Unsubscribe": `<${links.oneClick}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
