import { landingTests } from "./comments-landing-helpers";

landingTests({ name: "js", address: "198.51.100.61", reported: "Luz Marina Rivera" });
