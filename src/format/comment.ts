/**
 * A comment as it is shown and read aloud: the word for its kind, its author, its date in the
 * locale. The text itself stays as written (the elements show it as text, never as HTML).
 */
import type { CommentaryEntry } from '../model/schema.js';
import { fillTemplate, type Labels } from './labels.js';
import { formatDate } from './period.js';
import './english/comments.js';
import './english/figures.js';

/** A comment's parts in words: `kind` is "Analysis", "Recommendation", or "Comment" for one that names no kind. */
export interface CommentWords {
  kind: string;
  text: string;
  author: string | null;
  /** "Nov 3, 2026"; null without a date. */
  date: string | null;
}

/** What a comment may hold: a commentary entry, or a period's comment (which has no kind). */
export type ShownComment = Pick<CommentaryEntry, 'text' | 'author' | 'date' | 'kind'>;

export function commentWords(comment: ShownComment, locale: string, labels: Labels): CommentWords {
  return {
    kind: comment.kind === 'analysis' ? labels.commentAnalysis : comment.kind === 'recommendation' ? labels.commentRecommendation : labels.comment,
    text: comment.text,
    author: comment.author?.trim() ? comment.author : null,
    date: comment.date === undefined ? null : formatDate(comment.date, locale),
  };
}

/** "Analysis: Two deals slipped, CFO, Nov 3, 2026": a comment in one sentence, for a tooltip or an announcement. */
export function describeComment(comment: ShownComment, locale: string, labels: Labels): string {
  const words = commentWords(comment, locale, labels);
  const said = fillTemplate(labels.commentSays, { kind: words.kind, text: words.text });
  return [said, words.author, words.date].filter((part): part is string => part !== null).join(labels.separator);
}
