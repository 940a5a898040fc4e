// Field names as people read them (error summaries link to fields by these).

export const VENUE_FIELD_LABELS: Record<string, string> = {
  venueName: "Venue name",
  streetAddress: "Street address",
  city: "City",
  state: "State",
  postalCode: "ZIP code",
  latitude: "Latitude",
  longitude: "Longitude",
};

export const EVENT_FIELD_LABELS: Record<string, string> = {
  title: "Title",
  description: "Description",
  titleEs: "Title in Spanish",
  descriptionEs: "Description in Spanish",
  format: "Kind of event",
  date: "Date",
  startTime: "Starts at",
  endTime: "Ends at",
  venueId: "Venue",
  leadDepartmentId: "Hosting department",
  coHostIds: "Co-hosts",
  languages: "Languages",
  accessibilityNotes: "Accessibility notes",
  ...VENUE_FIELD_LABELS,
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
