export { agreementsMessages } from './messages.js';
