"use client";
import { useEffect, type RefObject } from "react";

const DECISION_KEYS: Record<string, string> = { a: "APPROVED", r: "REJECTED", s: "SPAM" };

/**
 * j/k move between rows, x ticks a row, a/r/s decide it. Never while typing in a field.
 * While listening, the queue carries data-shortcuts="on", so the hint that lists the keys
 * shows only when they work (not before hydration, nor without JavaScript).
 */
export function useQueueShortcuts(queueRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const queue = queueRef.current;
      if (!queue || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input[type=text], input[type=search], textarea, select, [contenteditable]"))
        return;
      const rows = [...queue.querySelectorAll<HTMLElement>("[data-queue-row]")];
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row.contains(document.activeElement));
      const key = event.key.toLowerCase();
      if (key === "j" || key === "k") {
        const next = key === "j" ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1);
        rows[next]?.focus();
        rows[next]?.scrollIntoView({ block: "nearest" });
      } else if (current >= 0 && key === "x") {
        rows[current]?.querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
      } else if (current >= 0 && DECISION_KEYS[key]) {
        rows[current]
          ?.querySelector<HTMLButtonElement>(`button[data-decision="${DECISION_KEYS[key]}"]`)
          ?.click();
      } else {
        return;
      }
      event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    const queue = queueRef.current;
    if (queue) queue.dataset.shortcuts = "on";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      if (queue) delete queue.dataset.shortcuts;
    };
  }, [queueRef]);
}
