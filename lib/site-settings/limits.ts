// The site settings' lengths, safe for client forms.
export const SITE_SETTINGS_LIMITS = { operatorName: { max: 120 } } as const;
