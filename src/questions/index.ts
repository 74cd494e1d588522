export { questionsMessages } from './messages.js';
