"use client";
// What every comment form of an event page shares, handed to the browser once per page:
// the event, the forms' words, the hidden fields of a fresh form, where each comment's
// own form pages are, and (for staff of a hosting department) who may answer officially.
// Each comment then sends only its id (comment-actions.tsx).
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { FreshCommentForm } from "@/lib/comments/form-token";
import type { CommentFormLabels } from "./comment-form";
import type { OfficialAnswerLabels } from "./official-answer-form";
import type { ReportFormLabels } from "./report-form";

type Department = { id: string; name: string };

export type CommentFormsLabels = {
  form: CommentFormLabels;
  report: ReportFormLabels;
  official: OfficialAnswerLabels;
  reply: string;
  send: string;
  sendReply: string;
};

export type CommentFormsValue = {
  eventId: string;
  fresh: FreshCommentForm;
  labels: CommentFormsLabels;
  /** The address of the event's comments in the page's language: `${commentsPath}/${id}/reply` */
  commentsPath: string;
  /** The hosting departments the signed-in reader may answer for (none for residents). */
  answerableFor: Department[];
};

const CommentForms = createContext<CommentFormsValue | null>(null);

export function useCommentForms(): CommentFormsValue {
  const value = useContext(CommentForms);
  if (!value) throw new Error("useCommentForms needs a <CommentFormsProvider>");
  return value;
}

/**
 * The page is cached and the same for everyone, so the browser asks who may answer
 * officially (app/api/comments/answer-as), once per page and only when there is a
 * question to answer. Without JavaScript, staff answer from the moderation queue.
 */
export function CommentFormsProvider({
  askWhoMayAnswer,
  children,
  ...shared
}: Omit<CommentFormsValue, "answerableFor"> & { askWhoMayAnswer: boolean; children: ReactNode }) {
  const [answerableFor, setAnswerableFor] = useState<Department[]>([]);
  const { eventId } = shared;
  useEffect(() => {
    if (!askWhoMayAnswer) return;
    const controller = new AbortController();
    fetch(`/api/comments/answer-as?event=${encodeURIComponent(eventId)}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ departments: Department[] }>) : null))
      .then((answer) => setAnswerableFor(answer?.departments ?? []))
      .catch(() => undefined);
    return () => controller.abort();
  }, [eventId, askWhoMayAnswer]);
  return <CommentForms.Provider value={{ ...shared, answerableFor }}>{children}</CommentForms.Provider>;
}
