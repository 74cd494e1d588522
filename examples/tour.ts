/**
 * A tour of the modules, one section per module (each in `examples/demo/`), with its own small
 * cast and dates. Run it with `npx tsx examples/tour.ts`. The main example, one whole conversation
 * told as a story, is `examples/demo.ts` (`npm run demo`).
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
const sections = [
  kernelSection,
  questionsSection,
  agendaSection,
  agreementsSection,
  conversationSection,
  scheduleSection,
  dialogueSection,
  planSection,
];

for (const section of sections) {
  const lines = section();
  console.log(lines.join('\n'));
  console.log('');
}
