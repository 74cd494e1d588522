/**
 * The main example: a development conversation from preparation to POP and next appointment.
 * Run it with `npm run demo`. Each section lives in `examples/demo/` and grows with the modules.
 */
import { kernelSection } from './demo/kernel.js';
import { agendaSection } from './demo/agenda.js';
import { agreementsSection } from './demo/agreements.js';
import { conversationSection } from './demo/conversation.js';
import { dialogueSection } from './demo/dialogue.js';
import { planSection } from './demo/plan.js';
import { scheduleSection } from './demo/schedule.js';
import { questionsSection } from './demo/questions.js';

// The demo ends with the POP: keep planSection last.
const sections = [kernelSection, questionsSection, agendaSection, agreementsSection, conversationSection, scheduleSection, dialogueSection, planSection];

for (const section of sections) {
  const lines = section();
  console.log(lines.join('\n'));
  console.log('');
}
