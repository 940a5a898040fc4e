// One catalog per language, edited by translators without reading code (messages/*.json).
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "./routing";

export type Messages = typeof en;
export const CATALOGS: Record<Locale, Messages> = { en, es };
