// What an alert form offers and accepts; safe for client forms.
export const ALERT_LIMITS = {
  email: { max: 254 },
  /** The radius choices, in miles; the form starts at DEFAULT_RADIUS. */
  radiusMiles: [5, 10, 25, 50] as const,
} as const;

export const DEFAULT_RADIUS = 10;

/** The largest radius: the bounding box that finds subscriptions near a venue. */
export const MAX_RADIUS = Math.max(...ALERT_LIMITS.radiusMiles);

export const ALERT_KINDS = ["near", "department"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_FREQUENCIES = ["IMMEDIATE", "WEEKLY"] as const;
export type AlertFrequencyChoice = (typeof ALERT_FREQUENCIES)[number];

/** How long the confirmation link works; an unconfirmed subscription is deleted after it. */
export const CONFIRM_LIFETIME_MS = 3 * 24 * 60 * 60_000;
