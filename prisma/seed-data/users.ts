// Demo accounts. These passwords exist only in the seed; never deploy them.
import type { MembershipRole } from "../../lib/generated/prisma/client";
import type { DepartmentKey } from "./departments";

export type DemoUserSeed = {
  role: "admin" | "staff" | "moderator";
  name: string;
  email: string;
  password: string;
  isSiteAdmin: boolean;
  memberships: { department: DepartmentKey; role: MembershipRole }[];
};

export const DEMO_USERS: DemoUserSeed[] = [
  {
    role: "admin",
    name: "Alex Morgan",
    email: "admin@demo.coffeewithacop.test",
    password: "espresso-admin-demo",
    isSiteAdmin: true,
    memberships: [],
  },
  {
    role: "staff",
    name: "Dana Reyes",
    email: "staff@demo.coffeewithacop.test",
    password: "espresso-staff-demo",
    isSiteAdmin: false,
    memberships: [{ department: "east-hartford-police", role: "STAFF" }],
  },
  {
    role: "moderator",
    name: "Marisol Ortega",
    email: "moderator@demo.coffeewithacop.test",
    password: "espresso-moderator-demo",
    isSiteAdmin: false,
    memberships: [{ department: "ventura-police", role: "MODERATOR" }],
  },
];

export type DemoRole = DemoUserSeed["role"];
