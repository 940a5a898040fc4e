// The report's columns and the CSV's headers (the CSV stays in English; the page's words
// are in the catalogs, AdminReports.column). Safe for client components.
import type { ReportRow } from "./queries";

export const REPORT_COLUMNS: { key: keyof ReportRow; csv: string }[] = [
  { key: "month", csv: "Month" },
  { key: "eventsHeld", csv: "Events held" },
  { key: "eventsCancelled", csv: "Events cancelled" },
  { key: "recaps", csv: "Recaps written" },
  { key: "attendance", csv: "Attendance reported" },
  { key: "questionsReceived", csv: "Questions received" },
  { key: "questionsAnswered", csv: "Questions answered" },
  { key: "medianReplyHours", csv: "Median hours to official reply" },
  { key: "followUpsOpened", csv: "Follow-ups opened" },
  { key: "followUpsDone", csv: "Follow-ups done" },
];
