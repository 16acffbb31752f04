// Public surface of service/. Names exported here must be unique across the package.
export { checkReplyLanguage, type LanguageCheck } from './language.js';
export { type BuyerMessage, generateBuyerMessage, openBuyerThread } from './messages.js';
export { FAQ_MAX_ENTRIES, REPLY_MAX_CHARS, serviceReducers } from './reducers.js';
export {
  evaluateReply,
  type ReplyElementResult,
  type ReplyEvaluation,
  replyContainsPhrase,
  replyWordCount,
} from './rubric.js';
export { serviceActionSchemas } from './schemas.js';
export {
  BUYER_LANGUAGES,
  BUYER_MESSAGE_TEMPLATES,
  type BuyerLanguage,
  buyerLanguageFor,
  COUNTRY_NAMES,
  MESSAGE_TOPICS,
} from './templates.js';
