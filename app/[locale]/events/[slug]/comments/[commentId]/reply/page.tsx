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
  return commentFormMetadata("reply", params);
}

/** A comment's reply form on a page of its own: the event page links here for readers without JavaScript. */
export default function CommentReplyPage({ params }: Props) {
  return <CommentFormRoute kind="reply" params={params} />;
}
