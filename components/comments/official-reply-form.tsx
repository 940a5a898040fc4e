import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { officialAnswerLabels } from "./form-labels";
import { OfficialAnswerForm } from "./official-answer-form";

type Props = {
  parentId: string;
  departments: { id: string; name: string }[];
  idempotencyKey: string;
  locale?: Locale;
};

/** The official answer form with its words in the page's language (the moderation queue offers it too). */
export async function OfficialReplyForm({ locale: given, ...props }: Props) {
  const locale = given ?? ((await getLocale()) as Locale);
  return <OfficialAnswerForm {...props} labels={await officialAnswerLabels(locale)} />;
}
