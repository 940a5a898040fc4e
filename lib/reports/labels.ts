// The report's columns: the words on the page and the CSV's headers. Safe for client components.
import type { ReportRow } from "./queries";

export const REPORT_COLUMNS: { key: keyof ReportRow; label: string; csv: string }[] = [
  { key: "month", label: "Month", csv: "Month" },
  { key: "eventsHeld", label: "Events held", csv: "Events held" },
  { key: "eventsCancelled", label: "Cancelled", csv: "Events cancelled" },
  { key: "recaps", label: "Recaps", csv: "Recaps written" },
  { key: "attendance", label: "Attendance", csv: "Attendance reported" },
  { key: "questionsReceived", label: "Questions", csv: "Questions received" },
  { key: "questionsAnswered", label: "Answered", csv: "Questions answered" },
  { key: "medianReplyHours", label: "Median reply (hours)", csv: "Median hours to official reply" },
  { key: "followUpsOpened", label: "Follow-ups opened", csv: "Follow-ups opened" },
  { key: "followUpsDone", label: "Follow-ups done", csv: "Follow-ups done" },
];
