import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { loadProposalForm } from "@/lib/proposals/queries";
import { stateOptions } from "@/components/admin/place-options";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { proposalFormLabels } from "@/components/proposals/proposal-form-labels";

// Renders per request (?department= picks the department); its choices are cached.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Proposals");
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: await pageAlternates("/propose"),
  };
}

type Props = { searchParams: Promise<{ department?: string | string[] }> };

/** Anyone proposes an event to a department: a place, a few dates, a note, an optional email. */
export default async function ProposePage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale;
  const { department } = await searchParams;
  const [t, choices, labels, states] = await Promise.all([
    getTranslations({ locale, namespace: "Proposals" }),
    loadProposalForm(),
    proposalFormLabels(locale),
    stateOptions(locale),
  ]);
  const chosen = choices.departments.find((d) => d.slug === department);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <p className="text-slate-700">
        {t.rich("privacyNote", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}
      </p>
      <ProposalForm
        labels={labels}
        departments={choices.departments.map(({ value, label }) => ({ value, label }))}
        venues={choices.venues}
        states={states}
        departmentId={chosen?.value ?? ""}
        fresh={choices.fresh}
        againHref={localizedPath(locale, chosen ? `/propose?department=${chosen.slug}` : "/propose")}
      />
    </div>
  );
}
