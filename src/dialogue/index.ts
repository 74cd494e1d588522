export { dialogueMessages } from './messages.js';
