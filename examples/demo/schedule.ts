import { checkInSeries, conversationInvitation, formatFinding, planNextConversation, remindersFor, toICalendar } from '../../src/index.js';
import { msg } from './finding-text.js';

/**
 * The conversation with Sanne ends on Wednesday 27 January 2027; she wants to talk again in three
 * months, which lands on King's Day. The next appointment is planned before they leave the room,
 * with reminders for both sides, an invitation both calendars understand, and the check-ins until
 * then as one recurring entry.
 */
export function scheduleSection(): string[] {
  const now = '2027-01-27T16:00:00+01:00';
  const calendar = { goodFriday: true };
  const lines = ['== Schedule: the next conversation, planned before this one ends =='];
  const planned = planNextConversation({
    kind: 'development',
    lastConversation: '2027-01-27',
    employeeWishMonths: 3,
    now,
    preferredTime: { from: '10:00', to: '12:00' },
    calendar,
  });
  if (!planned.ok) return [...lines, ...planned.findings.map((f) => `  ${formatFinding(f, 'en')}`)];
  const next = planned.value;
  lines.push(`  Next appointment: ${next.date}, ${next.start} to ${next.end} (${next.timeZone})`);
  lines.push(`  Latest allowed by the yearly rhythm: ${next.latestAllowed}`);
  for (const finding of planned.findings) lines.push(`  nl: ${msg(finding, 'nl')}`, `  en: ${msg(finding, 'en')}`);

  const reminders = remindersFor({
    employeeId: 'sanne',
    managerId: 'ahmed',
    employeeName: 'Sanne',
    conversation: { id: 'sanne-2027-04', kind: 'development', start: next.start },
    agreements: [{ id: 'pop-1', what: 'Presentatie over het planningssysteem geven', who: 'sanne', when: '2027-04-01', status: 'open' }],
    calendar,
    now,
  });
  if (reminders.ok) {
    lines.push('  Reminders:');
    for (const reminder of reminders.value)
      lines.push(`    ${reminder.at}  ${reminder.to.padEnd(5)}  ${reminder.id}`, `      ${reminder.message}`);
  }

  const invitation = conversationInvitation({
    uid: 'sanne-2027-04@ontwikkelgesprek.example',
    conversation: next,
    employeeName: 'Sanne',
    description:
      'Eerst de afspraken uit de vorige POP (presentatie, mentor). Daarna: waar wil je groeien, wat heb je nodig, en wanneer praten we weer?',
    location: 'Kamer 2.14',
    organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
    attendees: [{ email: 'sanne@example.org', name: 'Sanne de Vries', rsvp: true }],
    conversationLeadMinutes: 30,
  });
  if (!invitation.ok) return [...lines, ...invitation.findings.map((f) => `  ${formatFinding(f, 'en')}`)];
  const checkIns = checkInSeries({
    from: '2027-02-15', // six weeks later is Easter Monday: that check-in moves to the Tuesday
    everyWeeks: 6,
    until: '2027-04-27',
    time: '10:00',
    calendar,
    uid: 'sanne-checkins-2027@ontwikkelgesprek.example',
    employeeName: 'Sanne',
    organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
    attendees: [{ email: 'sanne@example.org', name: 'Sanne de Vries' }],
  });
  const events = [invitation.value, ...(checkIns.ok ? checkIns.value : [])];
  const ics = toICalendar(events, { dtstamp: now, timeZone: next.timeZone, method: 'request', name: 'Ontwikkelgesprekken' });
  if (ics.ok) {
    lines.push('  .ics (an invitation, and the check-ins until then as one series):');
    for (const line of ics.value.trimEnd().split('\r\n')) lines.push(`    ${line}`);
  }
  return lines;
}
