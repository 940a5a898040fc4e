// Field names as people read them (error summaries link to fields by these), and the
// choices of the series form.

export const EVENT_FIELD_LABELS: Record<string, string> = {
  title: "Title",
  description: "Description",
  format: "Kind of event",
  date: "Date",
  startTime: "Starts at",
  endTime: "Ends at",
  venueId: "Venue",
  leadDepartmentId: "Hosting department",
  coHostIds: "Co-hosts",
  languages: "Languages",
  accessibilityNotes: "Accessibility notes",
  venueName: "Venue name",
  streetAddress: "Street address",
  city: "City",
  state: "State",
  postalCode: "ZIP code",
  latitude: "Latitude",
  longitude: "Longitude",
  timeZone: "Time zone",
};

export const SERIES_FIELD_LABELS: Record<string, string> = {
  departmentId: "Hosting department",
  title: "Title",
  description: "Description",
  pattern: "Repeats",
  ordinal: "Which week",
  weekday: "Day",
  month: "Month",
  startsOn: "First possible date",
  startTime: "Starts at",
  endTime: "Ends at",
  venueId: "Venue",
  languages: "Languages",
};

export const PATTERNS = [
  { value: "monthly", label: "Every month" },
  { value: "yearly", label: "Once a year, in one month" },
  { value: "weekly", label: "Every week" },
];

export const ORDINALS = [
  { value: "1", label: "First" },
  { value: "2", label: "Second" },
  { value: "3", label: "Third" },
  { value: "4", label: "Fourth" },
  { value: "-1", label: "Last" },
];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map(
  (label) => ({
    value: label.slice(0, 2).toUpperCase(),
    label,
  }),
);

export const MONTHS = [
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
].map((label, index) => ({ value: String(index + 1), label }));
