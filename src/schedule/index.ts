export { scheduleMessages } from './messages.js';
