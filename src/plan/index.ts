export { planMessages } from './messages.js';
