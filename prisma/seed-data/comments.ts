// Demo comments in every moderation state, with replies and an official answer.
// `event` names an event plan: a one-off key, or a program occurrence ("…@0" is the next).
import type { CommentStatus } from "../../lib/generated/prisma/client";
import type { DepartmentKey } from "./departments";
import type { DemoRole } from "./users";

export type CommentPosted = { hoursAgo: number } | { hoursAfterEventEnds: number };

export type ReplySeed = {
  authorName: string;
  authorEmail?: string;
  body: string;
  status: CommentStatus;
  holdReason?: string;
  posted: CommentPosted;
  /** A staff answer on behalf of a department, posted by a demo user. */
  official?: { department: DepartmentKey; by: DemoRole };
};

export type CommentSeed = ReplySeed & { event: string; replies?: ReplySeed[] };

const FIRST_COMMENT = "First comment from this sender";

export const COMMENTS: CommentSeed[] = [
  {
    event: "ventura-peiranos@0",
    authorName: "Maria Gutierrez",
    authorEmail: "maria.gutierrez@example.com",
    body: "My father uses a walker. Is the patio at Peirano's easy to get to, and is there parking close by?",
    status: "APPROVED",
    posted: { hoursAgo: 52 },
    replies: [
      {
        authorName: "Ron Takahashi",
        body: "We went last month with my mom's wheelchair. The patio is right off the sidewalk, no steps. The lot on Santa Clara is half a block away.",
        status: "APPROVED",
        posted: { hoursAgo: 40 },
      },
    ],
  },
  {
    // Waited more than a week: the moderator's dashboard flags it.
    event: "ventura-peiranos@0",
    authorName: "Glenn Okafor",
    body: "Do I need to sign up ahead, or can I just show up? I work nights and could only stay for the first half hour.",
    status: "PENDING",
    holdReason: FIRST_COMMENT,
    posted: { hoursAgo: 9 * 24 },
  },
  {
    event: "ventura-peiranos@0",
    authorName: "Tom Reinholt",
    authorEmail: "t.reinholt@example.net",
    body: "Will anyone from traffic be there? Drivers roll through the stop sign at Poli and Ann every morning during school drop-off.",
    status: "PENDING",
    holdReason: FIRST_COMMENT,
    posted: { hoursAgo: 5 },
  },
  {
    event: "ventura-peiranos@0",
    authorName: "Rosa Delgado",
    body: "¿Va a haber algún oficial que hable español? Quiero preguntar cómo reportar a un vecino que deja a sus perros sueltos en la calle.",
    status: "PENDING",
    holdReason: FIRST_COMMENT,
    posted: { hoursAgo: 2 },
  },
  {
    event: "ventura-peiranos@0",
    authorName: "Best Deals Today",
    authorEmail: "deals@cheap-sunglasses.example",
    body: "Ray-Ban sunglasses 85% off TODAY ONLY!!! http://cheap-sunglasses.example/ventura http://cheap-sunglasses.example/deals",
    status: "SPAM",
    holdReason: "Contains 2 links and matches known spam phrases",
    posted: { hoursAgo: 30 },
  },
  {
    event: "east-hartford-burnside@0",
    authorName: "Denise Whitaker",
    authorEmail: "denise.whitaker@example.com",
    body: "Will someone from the traffic division be there? Cars fly down Burnside Ave past the elementary school every morning.",
    status: "APPROVED",
    posted: { hoursAgo: 70 },
    replies: [
      {
        authorName: "Dana Reyes",
        body: "Thanks for asking, Denise. Sergeant Kowalski from our Traffic Unit will be there and would like to hear which hours are worst. We have also asked for the speed trailer to go back on Burnside Avenue next week.",
        status: "APPROVED",
        posted: { hoursAgo: 60 },
        official: { department: "east-hartford-police", by: "staff" },
      },
    ],
  },
  {
    event: "east-hartford-burnside@0",
    authorName: "Mike D.",
    body: "My neighbor at 41 Elm keeps parking his boat trailer across my driveway, plate 7AB-123. Come tow it already!!",
    status: "REJECTED",
    holdReason: "Contains a street address and a license plate",
    posted: { hoursAgo: 48 },
  },
  {
    event: "east-hartford-burnside@0",
    authorName: "Keisha Brown",
    authorEmail: "keisha.b@example.org",
    body: "Can I bring my 6-year-old? He really wants to see a police car up close.",
    status: "PENDING",
    holdReason: FIRST_COMMENT,
    posted: { hoursAgo: 3 },
  },
  {
    event: "hartford-mozzicato@0",
    authorName: "Luz Marina Rivera",
    body: "¡Qué buena idea! ¿Puedo llevar a mi mamá? Ella solo habla español y tiene preguntas sobre las estafas por teléfono.",
    status: "APPROVED",
    posted: { hoursAgo: 26 },
    replies: [
      {
        authorName: "Carmen Ortiz",
        body: "Sí, Luz. El mes pasado había dos oficiales que hablan español y fueron muy amables con mi abuela.",
        status: "APPROVED",
        posted: { hoursAgo: 20 },
      },
    ],
  },
  {
    event: "hartford-mozzicato@0",
    authorName: "Crypto Coach",
    body: "Earn $500 a day from home trading crypto!! WhatsApp me at +1 555 010 9921 or visit http://fast-profits.example",
    status: "SPAM",
    holdReason: "Contains a phone number and a link; 6 comments from this sender in 10 minutes",
    posted: { hoursAgo: 14 },
  },
  {
    event: "hartford-library-roundtable@0",
    authorName: "Jamal Wright",
    authorEmail: "jwright@example.com",
    body: "Question for the commander: what is being done about the car break-ins in the Front Street garage? It has happened to three people in my building since September.",
    status: "APPROVED",
    posted: { hoursAgo: 90 },
  },
  {
    event: "hartford-library-roundtable@0",
    authorName: "anonymous",
    body: "Y'all never show up when we call. Bunch of useless [expletive]s.",
    status: "REJECTED",
    holdReason: "Abusive language",
    posted: { hoursAgo: 80 },
  },
  {
    event: "weed-tri-agency",
    authorName: "Linda Kowalczyk",
    body: "Will CHP talk about chain controls? I drive to Medford for work and never know when R2 means I have to stop.",
    status: "APPROVED",
    posted: { hoursAgo: 20 },
  },
  {
    event: "weed-tri-agency",
    authorName: "Jake Harmon",
    authorEmail: "jake.harmon@example.com",
    body: "Is the Sheriff's Office still looking for Search and Rescue volunteers? I'd like to sign up.",
    status: "PENDING",
    holdReason: FIRST_COMMENT,
    posted: { hoursAgo: 1 },
  },
  {
    event: "national-day-upcoming",
    authorName: "Beth Sullivan",
    body: "Marking my calendar! Is there parking near the library or should we take the bus?",
    status: "APPROVED",
    posted: { hoursAgo: 200 },
  },
  {
    event: "national-day-upcoming",
    authorName: "Héctor Colón",
    body: "Will the K-9 unit be there like last year? My daughter still talks about it. Here's her photo: https://photos.example/hartford-k9",
    status: "PENDING",
    holdReason: "Contains a link",
    posted: { hoursAgo: 10 },
  },
  {
    event: "tempe-cartel@-1",
    authorName: "Priya Natarajan",
    body: "Thanks to the officers who explained the bike registration program. I registered both of our bikes the same afternoon!",
    status: "APPROVED",
    posted: { hoursAfterEventEnds: 5 },
  },
  {
    event: "tempe-cartel@-1",
    authorName: "Car Sale",
    body: "Selling my 2014 Camry, 98k miles, runs great. $7,900 OBO. Text me.",
    status: "REJECTED",
    holdReason: "Off-topic",
    posted: { hoursAfterEventEnds: 8 },
  },
  {
    event: "austin-epoch@-1",
    authorName: "Daniela Fuentes",
    body: "Gracias a la oficial Morales por explicarme cómo pedir el reporte del accidente. Muy amable.",
    status: "APPROVED",
    posted: { hoursAfterEventEnds: 3 },
  },
  // Questions that the recaps answer (prisma/seed-data/recaps.ts links them).
  {
    event: "east-hartford-burnside@-3",
    authorName: "Gloria Martinez",
    authorEmail: "gloria.martinez@example.com",
    body: "Cars speed down Burnside past Silver Lane School every morning at drop-off. Can someone do something about it?",
    status: "APPROVED",
    posted: { hoursAfterEventEnds: -50 },
  },
  {
    event: "east-hartford-burnside@-3",
    authorName: "Kevin O'Brien",
    body: "Three packages were taken from porches on my street this month. What can we do?",
    status: "APPROVED",
    posted: { hoursAfterEventEnds: -20 },
  },
  {
    event: "hartford-library-roundtable@-1",
    authorName: "Yolanda Pierce",
    authorEmail: "yolanda.pierce@example.org",
    body: "Could the roundtable share the downtown numbers in Spanish too? My mother would like to read them.",
    status: "APPROVED",
    posted: { hoursAfterEventEnds: -30 },
  },
];
