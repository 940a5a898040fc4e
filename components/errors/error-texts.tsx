"use client";
// The error page's words (app/[locale]/error.tsx), handed down by the layout: an error
// boundary has no server parent of its own, and importing the catalogs here would send
// every language's whole catalog with every page.
import { createContext, useContext, type ReactNode } from "react";

export type ErrorTexts = {
  heading: string;
  pageBody: string;
  tryAgain: string;
  home: string;
  reference: string;
};

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts | null {
  return useContext(ErrorTextsContext);
}
