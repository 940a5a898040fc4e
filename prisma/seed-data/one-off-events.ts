// Single demo events: co-hosted meetups, Cone with a Cop, roundtables, National Coffee
// with a Cop Day (first Wednesday of October), and a pair either side of a DST change.
import type { EventFormat, EventStatus } from "../../lib/generated/prisma/client";
import type { DepartmentKey } from "./departments";
import type { VenueKey } from "./venues";

const SUNDAY = 0;
const TUESDAY = 2;
const WEDNESDAY = 3;
const THURSDAY = 4;
const SATURDAY = 6;

export type EventDay =
  /** The first `weekday` on or after today + daysFromNow, on the venue's calendar. */
  | { daysFromNow: number; weekday: number }
  /** The nth weekday of a month: the next one to come, or the latest gone by. */
  | { month: number; nth: number; weekday: number; which: "upcoming" | "past" }
  /** The next day the venue's clocks change, or the day before it. */
  | { clockChange: "day-before" | "day-of" };

export type OneOffSeed = {
  key: string;
  title: string;
  titleEs?: string;
  descriptionEs?: string;
  slugPrefix?: string;
  hosts: DepartmentKey[];
  /** Invited to co-host, no answer yet: shows in that department's /admin, not in public. */
  invited?: DepartmentKey[];
  venue: VenueKey;
  format: EventFormat;
  day: EventDay;
  time: string;
  durationMinutes: number;
  noHost: boolean;
  languages: string[];
  description: string;
  status?: EventStatus;
  cancellationReason?: string;
  accessibilityNotes?: string;
};

export const NATIONAL_DAY_SLUG_PREFIX = "national-coffee-with-a-cop-day";
const NATIONAL_DAY = { month: 10, nth: 1, weekday: WEDNESDAY } as const;

export const ONE_OFF_EVENTS: OneOffSeed[] = [
  {
    key: "weed-tri-agency",
    title: "Coffee with a Cop in Weed: CHP, Weed PD and the Sheriff's Office",
    hosts: ["chp-mount-shasta", "weed-police", "siskiyou-county-sheriff"],
    venue: "weed-starbucks",
    format: "COFFEE_WITH_A_COP",
    day: { daysFromNow: 12, weekday: THURSDAY },
    time: "08:00",
    durationMinutes: 120,
    noHost: true,
    languages: ["en"],
    description: [
      "Three agencies, one table. Officers from the California Highway Patrol's Mount Shasta Area office, the Weed Police Department and deputies of the Siskiyou County Sheriff's Office are getting together for coffee at the Starbucks off South Weed Boulevard.",
      "It's a good time to ask about winter driving on I-5 and Highway 97, chain controls over the pass, or who to call for what in and around Weed.",
      "No-host: everyone buys their own coffee.",
    ].join("\n\n"),
  },
  {
    key: "chp-seven-suns",
    title: "Coffee with the CHP in Mount Shasta",
    hosts: ["chp-mount-shasta"],
    venue: "seven-suns",
    format: "COFFEE_WITH_A_COP",
    day: { daysFromNow: -40, weekday: TUESDAY },
    time: "08:00",
    durationMinutes: 90,
    noHost: true,
    languages: ["en"],
    description: [
      "Officers from the CHP Mount Shasta Area office will be at Seven Suns to talk about getting ready for winter: tire chains, road conditions, and what to keep in your car before you head over the pass.",
    ].join("\n\n"),
  },
  {
    key: "chp-seven-suns-winter",
    title: "Winter Driving Coffee with the CHP",
    hosts: ["chp-mount-shasta"],
    venue: "seven-suns",
    format: "COFFEE_WITH_A_COP",
    day: { daysFromNow: 60, weekday: TUESDAY },
    time: "08:00",
    durationMinutes: 90,
    noHost: true,
    languages: ["en"],
    description:
      "A second winter-driving coffee with CHP Mount Shasta officers, with a chain-installation demonstration in the parking lot if the weather allows.",
    status: "CANCELLED",
    cancellationReason:
      "Our officers are assigned to traffic control on I-5 that week. We will post a new date as soon as we have one.",
  },
  {
    key: "national-day-past",
    title: "National Coffee with a Cop Day on South Congress",
    slugPrefix: NATIONAL_DAY_SLUG_PREFIX,
    hosts: ["austin-police", "travis-county-sheriff"],
    venue: "jos-coffee",
    format: "COFFEE_WITH_A_COP",
    day: { ...NATIONAL_DAY, which: "past" },
    time: "08:00",
    durationMinutes: 120,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "Celebrate National Coffee with a Cop Day with the Austin Police Department and the Travis County Sheriff's Office at Jo's on South Congress. The first 200 cups are on us.",
      "Meet patrol officers, deputies, the mounted unit and our K-9 teams. Spanish-speaking officers and deputies will be there all morning.",
    ].join("\n\n"),
  },
  {
    key: "national-day-upcoming",
    title: "National Coffee with a Cop Day in Downtown Hartford",
    slugPrefix: NATIONAL_DAY_SLUG_PREFIX,
    hosts: ["hartford-police", "east-hartford-police"],
    venue: "hartford-library",
    format: "COFFEE_WITH_A_COP",
    day: { ...NATIONAL_DAY, which: "upcoming" },
    time: "09:00",
    durationMinutes: 120,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "On National Coffee with a Cop Day, officers from both sides of the river get together in the library's atrium: the Hartford Police Department and the East Hartford Police Department.",
      "Coffee, tea and pastries are free. Bring your questions, your kids, and your ideas for making our neighborhoods safer. Hablamos español.",
    ].join("\n\n"),
  },
  {
    key: "clock-change-eve",
    title: "Saturday Coffee at the Raymond Library",
    hosts: ["east-hartford-police"],
    venue: "raymond-library",
    format: "COFFEE_WITH_A_COP",
    day: { clockChange: "day-before" },
    time: "09:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "A weekend coffee for everyone who can't make our weekday mornings. East Hartford officers will be in the library's program room with coffee and doughnuts.",
      "Remember that the clocks change tonight!",
    ].join("\n\n"),
  },
  {
    key: "clock-change-day",
    title: "Sunday Coffee on Franklin Avenue",
    hosts: ["hartford-police"],
    invited: ["east-hartford-police"],
    venue: "mozzicato",
    format: "COFFEE_WITH_A_COP",
    day: { clockChange: "day-of" },
    time: "09:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "A Sunday edition of Coffee with a Cop on Franklin Avenue, after the early Masses. The clocks changed overnight, so check your watch before you leave home.",
      "Café y pan dulce gratis. Oficiales que hablan español estarán presentes.",
    ].join("\n\n"),
  },
  {
    key: "uconn-cone",
    title: "Cone with a Cop at the UConn Dairy Bar",
    hosts: ["uconn-police"],
    venue: "uconn-dairy-bar",
    format: "CONE_WITH_A_COP",
    day: { month: 8, nth: 2, weekday: THURSDAY, which: "past" },
    time: "14:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "Cool off with a free scoop of UConn's own ice cream and meet the officers of the UConn Police Department before the semester begins. Kids can sit in a cruiser and meet our K-9 officer.",
    ].join("\n\n"),
  },
  {
    key: "fort-collins-cone",
    title: "Cone with a Cop at Walrus",
    hosts: ["fort-collins-police"],
    venue: "walrus",
    format: "CONE_WITH_A_COP",
    day: { month: 7, nth: 3, weekday: SATURDAY, which: "past" },
    time: "14:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "Fort Collins Police Services is treating the first 150 guests to a cone at Walrus. Meet your District One officers, the bike team and our horses from the mounted patrol.",
    ].join("\n\n"),
  },
  {
    key: "east-hartford-cone",
    title: "Cone with a Cop at Great River Park",
    hosts: ["east-hartford-police"],
    venue: "great-river-park",
    format: "CONE_WITH_A_COP",
    day: { month: 8, nth: 1, weekday: SATURDAY, which: "past" },
    time: "13:00",
    durationMinutes: 120,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "Ice cream by the river with the East Hartford Police Department! Free cones from the truck at the pavilion while supplies last, plus a bike safety rodeo for kids (bring a helmet).",
      "Helado gratis y actividades para niños. ¡Los esperamos!",
    ].join("\n\n"),
  },
  {
    key: "ventura-harbor-cone",
    title: "Cone with a Cop at Ventura Harbor",
    hosts: ["ventura-police"],
    venue: "ventura-harbor",
    format: "CONE_WITH_A_COP",
    day: { daysFromNow: 40, weekday: SATURDAY },
    time: "14:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "The Ventura Police Department's Harbor Patrol liaison and Neighborhood Policing officers are buying the ice cream. Meet us by Coastal Cone for a scoop and a chat by the water.",
    ].join("\n\n"),
  },
  {
    key: "ventura-cafe-espanol",
    title: "Café con un Policía",
    slugPrefix: "cafe-con-un-policia",
    hosts: ["ventura-police"],
    venue: "foster-library",
    format: "COFFEE_WITH_A_COP",
    day: { daysFromNow: 20, weekday: SATURDAY },
    time: "10:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["es", "en"],
    description: [
      "Una conversación en español con oficiales del Departamento de Policía de Ventura. Hablaremos de cómo reportar un delito, sus derechos, y los servicios para víctimas.",
      "A Spanish-language coffee hour with Ventura police officers; English speakers are welcome too. Coffee and pan dulce provided.",
    ].join("\n\n"),
    accessibilityNotes: "Spanish first, with English interpretation on request.",
  },
  {
    key: "austin-southeast-roundtable",
    title: "Southeast Austin Community Roundtable",
    hosts: ["austin-police", "travis-county-sheriff"],
    venue: "austin-southeast-library",
    format: "COMMUNITY_ROUNDTABLE",
    day: { daysFromNow: 30, weekday: TUESDAY },
    time: "18:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "An evening roundtable for Southeast Austin and Del Valle, co-hosted by APD's Henry sector and the Travis County Sheriff's Office. We will cover response times, street racing on Nuckols Crossing, and how city and county jurisdiction works along the line.",
      "Interpretación al español disponible. Dinner-time snacks provided.",
    ].join("\n\n"),
  },
  {
    key: "saratoga-roundtable",
    title: "Downtown Safety Roundtable",
    hosts: ["saratoga-springs-police"],
    venue: "saratoga-library",
    format: "COMMUNITY_ROUNDTABLE",
    day: { daysFromNow: -60, weekday: THURSDAY },
    time: "18:30",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "An evening conversation about downtown after dark: late-night noise on Caroline Street, ride-share pick-up zones and walking home safely. The chief and the downtown patrol sergeant will take questions.",
    ].join("\n\n"),
  },
  {
    key: "fort-collins-roundtable",
    title: "Old Town Roundtable with Police and Sheriff",
    hosts: ["fort-collins-police", "larimer-county-sheriff"],
    venue: "old-town-library",
    format: "COMMUNITY_ROUNDTABLE",
    day: { daysFromNow: 9, weekday: SATURDAY },
    time: "10:00",
    durationMinutes: 90,
    noHost: false,
    languages: ["en"],
    description: [
      "A joint roundtable of Fort Collins Police Services and the Larimer County Sheriff's Office on the county's new co-responder program, which pairs officers with mental health clinicians.",
    ].join("\n\n"),
    status: "DRAFT",
  },
  {
    key: "tempe-bike-registration",
    title: "Coffee and Bike Registration",
    slugPrefix: "coffee-and-bike-registration",
    hosts: ["tempe-police", "asu-police"],
    venue: "tempe-library",
    format: "OTHER",
    day: { daysFromNow: -20, weekday: SATURDAY },
    time: "08:00",
    durationMinutes: 120,
    noHost: false,
    languages: ["en", "es"],
    description: [
      "Bring your bike and its serial number: Tempe and ASU police officers will register it on the spot, engrave it, and give you a free U-lock while supplies last.",
      "Coffee and breakfast burritos in the courtyard.",
    ].join("\n\n"),
  },
  {
    key: "tempe-sunday-coffee",
    title: "Sunday Coffee at the Library",
    hosts: ["tempe-police"],
    venue: "tempe-library",
    format: "COFFEE_WITH_A_COP",
    day: { daysFromNow: 50, weekday: SUNDAY },
    time: "09:00",
    durationMinutes: 60,
    noHost: false,
    languages: ["en"],
    description:
      "A quiet Sunday-morning coffee with Tempe officers from the south patrol district, in the library courtyard.",
    status: "DRAFT",
  },
];
