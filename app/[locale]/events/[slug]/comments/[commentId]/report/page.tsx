import type { Metadata } from "next";
import {
  CommentFormRoute,
  commentFormMetadata,
  placeholderParams,
  type Props,
} from "@/components/comments/comment-form-page";

export function generateStaticParams() {
  return placeholderParams();
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return commentFormMetadata("report", params);
}

/** A comment's report form on a page of its own: the event page links here for readers without JavaScript. */
export default function CommentReportPage({ params }: Props) {
  return <CommentFormRoute kind="report" params={params} />;
}
