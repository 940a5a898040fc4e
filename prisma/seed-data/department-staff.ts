// Staff who post for their departments from the departments' own email domains, with no
// password (they have not accepted their invitations): with them, Hartford and Ventura
// show the "verified department" mark (lib/departments/verification.ts). East Hartford
// does not: its demo staff account signs in from demo.coffeewithacop.test.
import type { DepartmentKey } from "./departments";

export const DEPARTMENT_STAFF: { name: string; email: string; department: DepartmentKey }[] = [
  { name: "Kim Tran", email: "community.relations@hartfordct.gov", department: "hartford-police" },
  { name: "Luis Ortega", email: "coffee@cityofventura.ca.gov", department: "ventura-police" },
];
