// Demo departments. Phone numbers ending in 555-01xx are placeholders (that range is
// reserved for fiction); the others are the agencies' published non-emergency lines.
import type { DepartmentInput } from "../../tests/factories";

/** Keeps each slug as a literal type, so the other tables can only name real departments. */
function defineDepartments<Slug extends string>(rows: (DepartmentInput & { slug: Slug })[]) {
  return rows;
}

export const DEPARTMENTS = defineDepartments([
  {
    slug: "east-hartford-police",
    name: "East Hartford Police Department",
    kind: "CITY_POLICE",
    city: "East Hartford",
    state: "CT",
    timeZone: "America/New_York",
    website: "https://www.easthartfordct.gov/police",
    phone: "(860) 528-4401",
    about:
      "The East Hartford Police Department serves about 51,000 residents on the east bank of the Connecticut River. Our community policing unit holds Coffee with a Cop every month so neighbors can meet the officers who patrol their streets.",
    verifiedDomains: ["easthartfordct.gov"],
  },
  {
    slug: "hartford-police",
    name: "Hartford Police Department",
    kind: "CITY_POLICE",
    city: "Hartford",
    state: "CT",
    timeZone: "America/New_York",
    website: "https://www.hartfordct.gov/Government/Departments/Police",
    phone: "(860) 757-4000",
    about:
      "The Hartford Police Department protects Connecticut's capital city and its seventeen neighborhoods. Officers and Community Service Officers from each district meet residents over coffee, in English and Spanish, to hear what matters on their block.",
    verifiedDomains: ["hartfordct.gov"],
  },
  {
    slug: "uconn-police",
    name: "University of Connecticut Police Department",
    kind: "CAMPUS",
    city: "Storrs",
    state: "CT",
    timeZone: "America/New_York",
    website: "https://police.uconn.edu",
    phone: "(860) 486-4800",
    about:
      "The UConn Police Department is a full-service agency serving the Storrs campus and the regional campuses. Our officers meet students, staff and neighbors at Cone with a Cop at the Dairy Bar and at coffee hours during the semester.",
    verifiedDomains: ["uconn.edu"],
  },
  {
    slug: "ventura-police",
    name: "Ventura Police Department",
    kind: "CITY_POLICE",
    city: "Ventura",
    state: "CA",
    timeZone: "America/Los_Angeles",
    website: "https://www.cityofventura.ca.gov/police",
    phone: "(805) 650-8010",
    about:
      "The Ventura Police Department serves the City of San Buenaventura, from the Avenue to the harbor. Our Neighborhood Policing officers host Coffee with a Cop downtown on the first Wednesday of every month.",
    verifiedDomains: ["cityofventura.ca.gov"],
  },
  {
    slug: "chp-mount-shasta",
    name: "California Highway Patrol – Mount Shasta",
    kind: "STATE_PATROL",
    city: "Mount Shasta",
    state: "CA",
    timeZone: "America/Los_Angeles",
    website: "https://www.chp.ca.gov",
    phone: "(530) 555-0142",
    about:
      "The CHP Mount Shasta Area office patrols Interstate 5 and the state highways of southern Siskiyou County, including some of the state's snowiest mountain passes. Officers join local agencies for coffee to talk about winter driving, chain controls and traffic safety.",
    verifiedDomains: ["chp.ca.gov"],
  },
  {
    slug: "weed-police",
    name: "Weed Police Department",
    kind: "CITY_POLICE",
    city: "Weed",
    state: "CA",
    timeZone: "America/Los_Angeles",
    website: "https://www.weedca.gov/police",
    phone: "(530) 555-0118",
    about:
      "The Weed Police Department is a small-town department at the foot of Mount Shasta. Our officers know most of the community by name and like to keep it that way.",
    verifiedDomains: ["weedca.gov"],
  },
  {
    slug: "siskiyou-county-sheriff",
    name: "Siskiyou County Sheriff's Office",
    kind: "SHERIFF",
    city: "Yreka",
    state: "CA",
    timeZone: "America/Los_Angeles",
    website: "https://www.siskiyoucounty.gov/sheriff",
    phone: "(530) 842-8300",
    about:
      "The Siskiyou County Sheriff's Office covers more than 6,300 square miles of mountains, forest and ranch land along the Oregon border. Deputies hold coffee meetups in Yreka and join partner agencies in Weed and Mount Shasta.",
    verifiedDomains: ["siskiyoucounty.gov"],
  },
  {
    slug: "austin-police",
    name: "Austin Police Department",
    kind: "CITY_POLICE",
    city: "Austin",
    state: "TX",
    timeZone: "America/Chicago",
    website: "https://www.austintexas.gov/department/police",
    phone: "(512) 555-0163",
    about:
      "The Austin Police Department serves the capital of Texas. District representatives from each patrol sector host coffee meetups, many with Spanish-speaking officers, so residents can raise neighborhood concerns in person.",
    verifiedDomains: ["austintexas.gov"],
  },
  {
    slug: "travis-county-sheriff",
    name: "Travis County Sheriff's Office",
    kind: "SHERIFF",
    city: "Austin",
    state: "TX",
    timeZone: "America/Chicago",
    website: "https://www.traviscountytx.gov/sheriff",
    phone: "(512) 555-0177",
    about:
      "The Travis County Sheriff's Office patrols the unincorporated areas of Travis County and runs the county jail. Deputies often co-host community events with the Austin Police Department.",
    verifiedDomains: ["traviscountytx.gov"],
  },
  {
    slug: "tempe-police",
    name: "Tempe Police Department",
    kind: "CITY_POLICE",
    city: "Tempe",
    state: "AZ",
    timeZone: "America/Phoenix",
    website: "https://www.tempe.gov/government/police-department",
    phone: "(480) 350-8311",
    about:
      "The Tempe Police Department serves a city of about 185,000 residents and one of the country's largest university campuses. Coffee with a Cop is held early in the morning, before the desert heat, on the first Thursday of each month.",
    verifiedDomains: ["tempe.gov"],
  },
  {
    slug: "asu-police",
    name: "Arizona State University Police Department",
    kind: "CAMPUS",
    city: "Tempe",
    state: "AZ",
    timeZone: "America/Phoenix",
    website: "https://cfo.asu.edu/police",
    phone: "(480) 965-3456",
    about:
      "The ASU Police Department keeps the Tempe campus and ASU's other campuses safe. Officers hold coffee hours in the Memorial Union so students can ask about safe rides, bike theft and anything else on their minds.",
    verifiedDomains: ["asu.edu"],
  },
  {
    slug: "fort-collins-police",
    name: "Fort Collins Police Services",
    kind: "CITY_POLICE",
    city: "Fort Collins",
    state: "CO",
    timeZone: "America/Denver",
    website: "https://www.fcgov.com/police",
    phone: "(970) 221-6540",
    about:
      "Fort Collins Police Services serves the city along the Cache la Poudre River. Our District One officers meet residents in Old Town for coffee every month and for ice cream in the summer.",
    verifiedDomains: ["fcgov.com"],
  },
  {
    slug: "larimer-county-sheriff",
    name: "Larimer County Sheriff's Office",
    kind: "SHERIFF",
    city: "Fort Collins",
    state: "CO",
    timeZone: "America/Denver",
    website: "https://www.larimer.gov/sheriff",
    phone: "(970) 555-0129",
    about:
      "The Larimer County Sheriff's Office serves unincorporated Larimer County, from the plains to the Continental Divide. Deputies join Fort Collins Police Services for community roundtables in Old Town.",
    verifiedDomains: ["larimer.gov"],
  },
  {
    slug: "saratoga-springs-police",
    name: "Saratoga Springs Police Department",
    kind: "CITY_POLICE",
    city: "Saratoga Springs",
    state: "NY",
    timeZone: "America/New_York",
    website: "https://www.saratoga-springs.org/police",
    phone: "(518) 555-0135",
    about:
      "The Saratoga Springs Police Department serves a city of 28,000 that swells every summer with the racing season. Officers meet residents and business owners on Broadway for coffee once a month.",
    verifiedDomains: ["saratoga-springs.org"],
  },
]);

export type DepartmentKey = (typeof DEPARTMENTS)[number]["slug"];
