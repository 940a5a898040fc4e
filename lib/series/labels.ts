// The codes of a series' rule and their English names ("first Wednesday of every month",
// describeRecurrence), and the lists its schema accepts. The form's choices and the pages'
// sentences are in the catalogs (AdminSeries). Safe for client components.

export const PATTERNS = ["monthly", "yearly", "weekly"] as const;
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const ORDINALS = ["1", "2", "3", "4", "-1"] as const;

type Weekday = (typeof WEEKDAYS)[number];
type Ordinal = (typeof ORDINALS)[number];

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
