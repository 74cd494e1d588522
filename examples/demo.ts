/**
 * The main example: a development conversation from preparation to POP and next appointment.
 * Run it with `npm run demo`. Each section lives in `examples/demo/` and grows with the modules.
 */
import { kernelSection } from './demo/kernel.js';
import { agendaSection } from './demo/agenda.js';

const sections = [kernelSection, agendaSection];

for (const section of sections) {
  const lines = section();
  console.log(lines.join('\n'));
  console.log('');
}
