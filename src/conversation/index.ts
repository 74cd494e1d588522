export { conversationMessages } from './messages.js';
