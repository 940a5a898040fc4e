// next-intl's request configuration: the language comes from the [locale] segment (read
// with next/root-params, which also keys 'use cache' entries by language), or from the
// caller where root params do not exist (server actions and route handlers pass it), or,
// for the not-found page of an unknown address, from the proxy's routing of the request.
import { notFound } from "next/navigation";
import * as rootParams from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { isLocale } from "./routing";
import { CATALOGS } from "./catalogs";

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const chosen = locale ?? (await rootParams.locale()) ?? (await requestLocale);
  if (!isLocale(chosen)) notFound();
  return { locale: chosen, messages: CATALOGS[chosen] };
});
