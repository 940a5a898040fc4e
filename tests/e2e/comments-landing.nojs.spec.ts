import { landingTests } from "./comments-landing-helpers";

landingTests({ name: "nojs", address: "198.51.100.60", reported: "Carmen Ortiz" });
