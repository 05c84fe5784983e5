import { registerEnglish, type Labels } from '../labels.js';

/** The English words of comments and commentary (`format/comment.ts`, `comment-list.ts`); registered when the module that shows them loads. */
export const COMMENT_WORDS = {
  commentary: 'Commentary',
  commentAnalysis: 'Analysis',
  commentRecommendation: 'Recommendation',
  hasComment: 'Commented',
  commentSays: '{kind}: {text}',
} satisfies Partial<Labels>;

registerEnglish(COMMENT_WORDS);
