// The words for a series' rule, in sentences ("first Wednesday of every month") and in
// the series form's choices, and the lists its schema accepts. Safe for client components.

export const PATTERNS = ["monthly", "yearly", "weekly"] as const;
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const ORDINALS = ["1", "2", "3", "4", "-1"] as const;

type Weekday = (typeof WEEKDAYS)[number];
type Ordinal = (typeof ORDINALS)[number];
type Pattern = (typeof PATTERNS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

export const ORDINAL_NAMES: Record<Ordinal, string> = {
  "1": "first",
  "2": "second",
  "3": "third",
  "4": "fourth",
  "-1": "last",
};

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const PATTERN_LABELS: Record<Pattern, string> = {
  monthly: "Every month",
  yearly: "Once a year, in one month",
  weekly: "Every week",
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const PATTERN_CHOICES = PATTERNS.map((value) => ({ value, label: PATTERN_LABELS[value] }));
export const ORDINAL_CHOICES = ORDINALS.map((value) => ({ value, label: capitalized(ORDINAL_NAMES[value]) }));
export const WEEKDAY_CHOICES = WEEKDAYS.map((value) => ({ value, label: WEEKDAY_NAMES[value] }));
export const MONTH_CHOICES = MONTH_NAMES.map((label, index) => ({ value: String(index + 1), label }));
