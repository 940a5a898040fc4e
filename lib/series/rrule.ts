// rrule ships ESM for bundlers and a UMD file for Node: Next.js sees named exports,
// Node (tests, scripts) sees them on the CommonJS default. One import for both.
import * as rruleModule from "rrule";

type RRuleModule = typeof import("rrule");
const loaded = rruleModule as RRuleModule & { default?: RRuleModule };

export const { RRule, rrulestr } = (loaded.RRule ? loaded : loaded.default) as RRuleModule;
