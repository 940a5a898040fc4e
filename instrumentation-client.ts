// Runs before the site's client code. zod compiles object parsers with `new Function`
// unless told not to; the Content-Security-Policy allows no eval, so its probe is
// refused and reported as a violation on every page with a form. Parsing is the same.
import { z } from "zod";

z.config({ jitless: true });
