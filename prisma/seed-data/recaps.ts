// Demo recaps of past events, with follow-ups in every state. `event` names an event
// plan (see comments.ts); `questionsFrom` names the askers of that event's approved
// questions that a follow-up answers. Days count from the end of the event.
import type { FollowUpState } from "../../lib/generated/prisma/client";

export type RecapSeedData = {
  event: string;
  attendance: number;
  summary: string;
  publishedDaysAfter: number;
  followUps: {
    title: string;
    notes: { state: FollowUpState; body: string; daysAfter: number }[];
    questionsFrom?: string[];
  }[];
};

export const RECAPS: RecapSeedData[] = [
  {
    event: "east-hartford-burnside@-3",
    attendance: 21,
    summary: [
      "About twenty neighbors joined us at the Burnside Avenue Dunkin'. Most questions were about speeding at school drop-off, porch package thefts and a dark stretch of Burnside near the library.",
      "Officer Reyes explained how to sign up for the department's text alerts, and the school resource officer talked about the crossing guard program.",
    ].join("\n\n"),
    publishedDaysAfter: 1,
    followUps: [
      {
        title: "Speed patrols on Burnside Avenue at Silver Lane School drop-off",
        questionsFrom: ["Gloria Martinez"],
        notes: [
          { state: "OPEN", body: "Passed to the Traffic Unit.", daysAfter: 1 },
          {
            state: "IN_PROGRESS",
            body: "Patrols at drop-off start Monday, with the speed trailer.",
            daysAfter: 6,
          },
          {
            state: "DONE",
            body: "Patrols ran every school morning for three weeks. Average speeds fell from 38 to 27 mph; the speed trailer stays up.",
            daysAfter: 28,
          },
        ],
      },
      {
        title: "Help neighbors on Woodlawn Circle start a Block Watch against package thefts",
        questionsFrom: ["Kevin O'Brien"],
        notes: [
          {
            state: "OPEN",
            body: "The Community Policing Unit will reach out to the neighbors who asked.",
            daysAfter: 1,
          },
          {
            state: "IN_PROGRESS",
            body: "First Block Watch meeting is set for the library's community room.",
            daysAfter: 12,
          },
        ],
      },
      {
        title: "Ask the town to repair the streetlights on Burnside near the library",
        notes: [
          { state: "OPEN", body: "Reported to Public Works; we will post their answer here.", daysAfter: 2 },
        ],
      },
    ],
  },
  {
    event: "hartford-library-roundtable@-1",
    attendance: 34,
    summary:
      "The downtown district commander went over last month's numbers: car break-ins were down, noise complaints up near Pratt Street. Residents asked about lighting in Bushnell Park and about getting the numbers in Spanish.",
    publishedDaysAfter: 2,
    followUps: [
      {
        title: "Share the monthly downtown numbers in Spanish",
        questionsFrom: ["Yolanda Pierce"],
        notes: [
          { state: "OPEN", body: "Our translator will prepare the next report.", daysAfter: 2 },
          {
            state: "DONE",
            body: "The Spanish version is now on the department's website, each month.",
            daysAfter: 9,
          },
        ],
      },
      {
        title: "Walk Bushnell Park with Parks staff after dark to check the lighting",
        notes: [{ state: "OPEN", body: "Asked Parks and Recreation for a date.", daysAfter: 3 }],
      },
    ],
  },
  {
    event: "tempe-cartel@-1",
    attendance: 12,
    summary:
      "A dozen early risers talked with the downtown bike squad about bike registration and scooter rules on Mill Avenue. Several people registered their bikes on the spot.",
    publishedDaysAfter: 1,
    followUps: [
      {
        title: "Hold a bike registration table at the Saturday farmers market",
        notes: [
          { state: "OPEN", body: "Checking dates with the market's organizers.", daysAfter: 1 },
          { state: "IN_PROGRESS", body: "Booked for two Saturdays next month.", daysAfter: 5 },
        ],
      },
    ],
  },
];
