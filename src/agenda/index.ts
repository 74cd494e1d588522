export { agendaMessages } from './messages.js';
