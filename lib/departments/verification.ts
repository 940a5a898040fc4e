// A "verified department": a site admin has listed the email domains the department's
// own staff use (e.g. ehpd.gov), and every staff member signs in with an address on one
// of them. It tells residents that the people posting for the department work there; it
// is not an endorsement. The mark's words are in the catalogs (Departments.verified,
// Departments.verifiedExplanation): change them with this rule.
import { emailDomain } from "@/lib/users/domains";

/** At least one domain and one staff member, and every staff email on a listed domain. */
export function staffDomainsVerified(verifiedDomains: string[], staffEmails: string[]): boolean {
  if (verifiedDomains.length === 0 || staffEmails.length === 0) return false;
  const domains = new Set(verifiedDomains.map((domain) => domain.toLowerCase()));
  return staffEmails.every((email) => domains.has(emailDomain(email)));
}
