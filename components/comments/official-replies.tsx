"use client";
// The "Answer officially" forms of an event page, for staff of its hosting departments
// only. The page is cached and the same for everyone, so the browser asks who may
// answer (app/api/comments/answer-as) once per page. Without JavaScript, staff answer
// from the moderation queue (/admin/moderation), which offers the same form.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { OfficialAnswerForm, type OfficialAnswerLabels } from "./official-answer-form";

type Department = { id: string; name: string };

const AnswerableFor = createContext<{ departments: Department[]; labels: OfficialAnswerLabels | null }>({
  departments: [],
  labels: null,
});

export function OfficialReplies({
  eventId,
  labels,
  children,
}: {
  eventId: string;
  labels: OfficialAnswerLabels;
  children: ReactNode;
}) {
  const [departments, setDepartments] = useState<Department[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/comments/answer-as?event=${encodeURIComponent(eventId)}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ departments: Department[] }>) : null))
      .then((answer) => setDepartments(answer?.departments ?? []))
      .catch(() => undefined);
    return () => controller.abort();
  }, [eventId]);
  return <AnswerableFor.Provider value={{ departments, labels }}>{children}</AnswerableFor.Provider>;
}

/** A random key per form, so that a resent answer is stored once (works on plain http too). */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

export function OfficialReplySlot({ parentId }: { parentId: string }) {
  const { departments, labels } = useContext(AnswerableFor);
  // Made in the browser after loading: the page is rendered once for everyone.
  const [idempotencyKey, setIdempotencyKey] = useState("");
  useEffect(() => setIdempotencyKey(newIdempotencyKey()), []);
  if (departments.length === 0 || !idempotencyKey || !labels) return null;
  return (
    <OfficialAnswerForm
      parentId={parentId}
      departments={departments}
      idempotencyKey={idempotencyKey}
      labels={labels}
    />
  );
}
