// The recap page's forms' words, read on the server: the forms are client components
// and get them as props (decision 0021).
import "server-only";
import { getTranslations } from "next-intl/server";
import { FOLLOW_UP_STATES } from "@/lib/recaps/labels";
import type { AddFollowUpFormLabels } from "./add-follow-up-form";
import type { QuestionChoicesLabels } from "./question-choices";
import type { RecapFormLabels } from "./recap-form";
import type { UpdateFollowUpFormLabels } from "./update-follow-up-form";

export type RecapPageFormLabels = {
  recap: RecapFormLabels;
  addFollowUp: AddFollowUpFormLabels;
  updateFollowUp: UpdateFollowUpFormLabels;
};

export async function recapFormLabels(): Promise<RecapPageFormLabels> {
  const t = await getTranslations("AdminRecaps");
  const states = await getTranslations("Recaps.state");
  const questions: QuestionChoicesLabels = {
    none: t("questions.none"),
    legend: t("questions.legend"),
    hint: t("questions.hint"),
    leftEmail: t("questions.leftEmail"),
  };
  return {
    recap: {
      fields: { attendance: t("recapForm.attendance"), summary: t("recapForm.summary") },
      attendanceHint: t("recapForm.attendanceHint"),
      summaryHint: t("recapForm.summaryHint"),
      saving: t("saving"),
      save: t("recapForm.save"),
      publish: t("recapForm.publish"),
    },
    addFollowUp: {
      fields: { title: t("addForm.title"), note: t("addForm.note") },
      titleHint: t("addForm.titleHint"),
      noteLabel: t("addForm.noteLabel"),
      noteHint: t("addForm.noteHint"),
      adding: t("addForm.adding"),
      submit: t("addForm.submit"),
      questions,
    },
    updateFollowUp: {
      fields: { state: t("updateForm.state"), note: t("updateForm.note") },
      states: FOLLOW_UP_STATES.map((value) => ({ value, label: states(value) })),
      noteHint: t("updateForm.noteHint"),
      saving: t("saving"),
      submit: t("updateForm.submit"),
      questions,
    },
  };
}
