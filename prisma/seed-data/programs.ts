// Monthly Coffee with a Cop programs. Each becomes an EventSeries and its occurrences
// from 120 days ago to 120 days ahead of the day the seed runs. Occurrence index 0 is
// the next one to come, -1 the latest one gone by.
import type { EventFormat } from "../../lib/generated/prisma/client";
import type { DepartmentKey } from "./departments";
import type { VenueKey } from "./venues";

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

export type ProgramSeed = {
  key: string;
  title: string;
  hosts: DepartmentKey[];
  venue: VenueKey;
  format: EventFormat;
  /** The nth (1–5) weekday (0 = Sunday) of each month, at a local time. */
  nth: number;
  weekday: number;
  time: string;
  durationMinutes: number;
  noHost: boolean;
  languages: string[];
  description: string;
  /** The Spanish title and description shown on Spanish pages, when staff gave them. */
  titleEs?: string;
  descriptionEs?: string;
  cancelled?: { index: number; reason: string }[];
  /** Occurrences from this index on are still drafts. */
  draftFrom?: number;
};

/** RFC 5545 rule for the series row: "FREQ=MONTHLY;BYDAY=1WE". */
export function monthlyRrule(program: Pick<ProgramSeed, "nth" | "weekday">): string {
  return `FREQ=MONTHLY;BYDAY=${program.nth}${WEEKDAYS[program.weekday]}`;
}

export const PROGRAMS: ProgramSeed[] = [
  {
    key: "ventura-peiranos",
    title: "Coffee with a Cop at Peirano's",
    hosts: ["ventura-police"],
    venue: "peiranos",
    format: "COFFEE_WITH_A_COP",
    nth: 1,
    weekday: 3,
    time: "07:30",
    durationMinutes: 90,
    noHost: true,
    languages: ["en"],
    description: [
      "Start your first Wednesday downtown with the Ventura Police Department. Officers from our Neighborhood Policing team will be on the patio at Peirano's, ready to talk about whatever is on your mind: parking on Main Street, the homeless outreach program, or how to become a volunteer.",
      "This is a no-host event: order whatever you like at the counter. There are no speeches and no agenda, just conversation.",
    ].join("\n\n"),
    cancelled: [
      {
        index: 2,
        reason:
          "Peirano's is closed that week for a private event. We will be back on the patio the following month.",
      },
    ],
  },
  {
    key: "east-hartford-burnside",
    title: "Coffee with a Cop on Burnside Avenue",
    hosts: ["east-hartford-police"],
    venue: "burnside-dunkin",
    format: "COFFEE_WITH_A_COP",
    nth: 2,
    weekday: 2,
    time: "08:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "The East Hartford Police Department invites you to coffee and a conversation with the officers who patrol the north end of town. The coffee is on us.",
      "Bring your questions about traffic on Burnside Avenue, package thefts, or the school resource officer program. Officers from the Community Policing Unit and a patrol supervisor will be there.",
    ].join("\n\n"),
    titleEs: "Café con la policía en Burnside Avenue",
    descriptionEs: [
      "El Departamento de Policía de East Hartford le invita a un café y una conversación con los agentes que patrullan el norte del pueblo. El café corre por nuestra cuenta.",
      "Traiga sus preguntas sobre el tráfico en Burnside Avenue, los robos de paquetes o el programa de agentes en las escuelas. Estarán agentes de la Unidad de Policía Comunitaria y un supervisor de patrulla.",
    ].join("\n\n"),
    cancelled: [
      {
        index: -2,
        reason:
          "Cancelled on short notice: our officers were needed at the water main break on Burnside Avenue. We are sorry for the inconvenience.",
      },
    ],
  },
  {
    key: "hartford-mozzicato",
    title: "Coffee with a Cop on Franklin Avenue",
    hosts: ["hartford-police"],
    venue: "mozzicato",
    format: "COFFEE_WITH_A_COP",
    nth: 3,
    weekday: 4,
    time: "08:30",
    durationMinutes: 90,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "Join South End officers of the Hartford Police Department for espresso and pastries at Mozzicato's. Meet your district's community service officer and the officers who patrol Franklin Avenue.",
      "Officers who speak Spanish will be there.",
    ].join("\n\n"),
    titleEs: "Café con la policía en Franklin Avenue",
    descriptionEs: [
      "Acompañe a los agentes del South End del Departamento de Policía de Hartford con un espresso y pasteles en Mozzicato's. Conozca al agente de servicio comunitario de su distrito y a los agentes que patrullan Franklin Avenue.",
      "Habrá agentes que hablan español: venga a tomar un café y conocer a los oficiales de su vecindario.",
    ].join("\n\n"),
  },
  {
    key: "hartford-library-roundtable",
    title: "Community Roundtable with Hartford Police",
    hosts: ["hartford-police"],
    venue: "hartford-library",
    format: "COMMUNITY_ROUNDTABLE",
    nth: 4,
    weekday: 6,
    time: "10:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "A monthly roundtable in the library's community room, hosted by the Hartford Police Department's Community Engagement Division. Each month a district commander shares the latest numbers for downtown and answers questions from residents.",
      "Coffee and light refreshments are provided. Spanish interpretation is available, and ASL interpretation can be arranged with a week's notice.",
      "Can't make it? Post your question below and we'll answer it at the meeting.",
    ].join("\n\n"),
  },
  {
    key: "austin-epoch",
    title: "Coffee with a Cop: North Loop",
    hosts: ["austin-police"],
    venue: "epoch-coffee",
    format: "COFFEE_WITH_A_COP",
    nth: 2,
    weekday: 5,
    time: "08:00",
    durationMinutes: 90,
    noHost: true,
    languages: ["en", "es"],
    description: [
      "Meet the Austin Police Department's district representatives for the North Loop, Hyde Park and Brentwood neighborhoods. Tell us about speeding, break-ins, or anything else you want us to know about, or just come say hi.",
      "No-host: grab your own coffee. Spanish-speaking officers will be there.",
    ].join("\n\n"),
    draftFrom: 3,
  },
  {
    key: "tempe-cartel",
    title: "Coffee with a Cop at Cartel",
    hosts: ["tempe-police"],
    venue: "cartel-tempe",
    format: "COFFEE_WITH_A_COP",
    nth: 1,
    weekday: 4,
    time: "07:30",
    durationMinutes: 90,
    noHost: true,
    languages: ["en"],
    description: [
      "Beat the heat with an early coffee and a conversation with Tempe Police officers from the downtown bike squad and the crime prevention unit. Ask about bike registration, scooter rules on Mill Avenue, or how to start a Block Watch.",
    ].join("\n\n"),
  },
  {
    key: "fort-collins-bean-cycle",
    title: "Coffee with a Cop in Old Town",
    hosts: ["fort-collins-police"],
    venue: "bean-cycle",
    format: "COFFEE_WITH_A_COP",
    nth: 3,
    weekday: 3,
    time: "07:30",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "Fort Collins Police Services' District One officers host coffee in Old Town every third Wednesday. The first cup is on us.",
      "It is a relaxed chance to meet the officers who patrol downtown and the CSU neighborhoods, and to tell us what you'd like us to focus on.",
    ].join("\n\n"),
    cancelled: [
      {
        index: 1,
        reason: "The café is closed that week for renovations. See you the following month!",
      },
    ],
  },
  {
    key: "saratoga-uncommon-grounds",
    title: "Coffee with a Cop on Broadway",
    hosts: ["saratoga-springs-police"],
    venue: "uncommon-grounds",
    format: "COFFEE_WITH_A_COP",
    nth: 2,
    weekday: 3,
    time: "08:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "Have a bagel and coffee with Saratoga Springs police officers, compliments of the department. Downtown business owners are especially welcome: we'd like to hear how the season went and what we can do better next year.",
    ].join("\n\n"),
  },
  {
    key: "siskiyou-yreka",
    title: "Coffee with the Sheriff's Office in Yreka",
    hosts: ["siskiyou-county-sheriff"],
    venue: "natures-kitchen",
    format: "COFFEE_WITH_A_COP",
    nth: 4,
    weekday: 2,
    time: "08:00",
    durationMinutes: 60,
    noHost: true,
    languages: ["en"],
    description: [
      "Deputies of the Siskiyou County Sheriff's Office meet residents at Nature's Kitchen on the fourth Tuesday of each month. Ask about rural patrol coverage, the volunteer Search and Rescue team, or emergency alerts for fire season.",
      "No-host: order at the counter.",
    ].join("\n\n"),
    draftFrom: 3,
  },
  {
    key: "asu-memorial-union",
    title: "Coffee with ASU Police",
    hosts: ["asu-police"],
    venue: "asu-memorial-union",
    format: "COFFEE_WITH_A_COP",
    nth: 1,
    weekday: 2,
    time: "09:30",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "ASU Police officers and security staff will be by the first-floor coffee shop in the Memorial Union with free coffee for the first 100 students.",
      "Register your bike, learn about Safety Escort Service, and meet the officers who patrol campus at night.",
    ].join("\n\n"),
  },
];
