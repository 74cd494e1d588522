import type { Labels, MessageTools } from '../../../src/index.js';

/**
 * German grammar the templates cannot express: a noun with its article in a case. A role or a kind
 * of conversation is masculine, feminine or neuter, so "der Mitarbeiter" and "die Führungskraft"
 * need their own article, and a template placeholder gives only the bare label.
 */
export type Casus = 'nom' | 'acc' | 'dat' | 'gen';

type Forms = Readonly<Record<Casus, string>>;

/** The roles of the two sides with the definite article. */
const roleForms: Readonly<Record<keyof Labels['role'], Forms>> = {
  employee: { nom: 'der Mitarbeiter', acc: 'den Mitarbeiter', dat: 'dem Mitarbeiter', gen: 'des Mitarbeiters' },
  manager: { nom: 'die Führungskraft', acc: 'die Führungskraft', dat: 'der Führungskraft', gen: 'der Führungskraft' },
};

/** The roles in a conversation with the definite article. */
const participantForms: Readonly<Record<keyof Labels['participantRole'], Forms>> = {
  ...roleForms,
  hrAdviser: { nom: 'die HR-Beratung', acc: 'die HR-Beratung', dat: 'der HR-Beratung', gen: 'der HR-Beratung' },
  mentor: { nom: 'der Mentor oder Coach', acc: 'den Mentor oder Coach', dat: 'dem Mentor oder Coach', gen: 'des Mentors oder Coachs' },
  skipLevelManager: {
    nom: 'die nächsthöhere Führungskraft',
    acc: 'die nächsthöhere Führungskraft',
    dat: 'der nächsthöheren Führungskraft',
    gen: 'der nächsthöheren Führungskraft',
  },
};

/** The kinds of conversation with the indefinite article. */
const kindForms: Readonly<Record<keyof Labels['conversationKind'], Forms>> = {
  development: {
    nom: 'ein Entwicklungsgespräch',
    acc: 'ein Entwicklungsgespräch',
    dat: 'einem Entwicklungsgespräch',
    gen: 'eines Entwicklungsgesprächs',
  },
  career: { nom: 'ein Karrieregespräch', acc: 'ein Karrieregespräch', dat: 'einem Karrieregespräch', gen: 'eines Karrieregesprächs' },
  checkIn: { nom: 'ein Zwischengespräch', acc: 'ein Zwischengespräch', dat: 'einem Zwischengespräch', gen: 'eines Zwischengesprächs' },
  futureDialogue: { nom: 'ein Zukunftsdialog', acc: 'einen Zukunftsdialog', dat: 'einem Zukunftsdialog', gen: 'eines Zukunftsdialogs' },
};

/** The definite article of each kind of conversation, in the nominative and dative. */
const kindArticle: Readonly<Record<keyof Labels['conversationKind'], Forms>> = {
  development: { nom: 'das', acc: 'das', dat: 'dem', gen: 'des' },
  career: { nom: 'das', acc: 'das', dat: 'dem', gen: 'des' },
  checkIn: { nom: 'das', acc: 'das', dat: 'dem', gen: 'des' },
  futureDialogue: { nom: 'der', acc: 'den', dat: 'dem', gen: 'des' },
};

function known<K extends string>(table: Readonly<Record<K, Forms>>, id: unknown, casus: Casus): string {
  // A finding stored by an older version may carry an id no table knows: throwing lets findingMessage show its stored text.
  if (typeof id !== 'string' || !Object.hasOwn(table, id)) throw new TypeError('unknown id');
  return table[id as K][casus];
}

/** "der Mitarbeiter", "der Führungskraft" (dative): one of the two sides with its article. */
export function role(id: unknown, casus: Casus): string {
  return known(roleForms, id, casus);
}

/** "die HR-Beratung", "dem Mentor oder Coach": a role in a conversation with its article. */
export function participant(id: unknown, casus: Casus): string {
  return known(participantForms, id, casus);
}

/** "ein Entwicklungsgespräch", "einen Zukunftsdialog": a kind of conversation with "ein". */
export function kind(id: unknown, casus: Casus): string {
  return known(kindForms, id, casus);
}

/** "das Zwischengespräch", "dem Zukunftsdialog": a kind of conversation with "der/die/das". */
export function theKind(id: unknown, casus: Casus, tools: MessageTools): string {
  return `${known(kindArticle, id, casus)} ${tools.value(id, 'conversationKind')}${casus === 'gen' ? 's' : ''}`;
}

/** The first letter in capitals, for a sentence that starts with a reference ("Diese Vereinbarung ..."). */
export function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('de') + text.slice(1);
}

/** "15. März 2027 um 10:00 Uhr": an instant as people write it (its own wall-clock time). */
export function moment(instant: string, tools: MessageTools): string {
  if (typeof instant !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(instant)) return String(instant);
  return `${tools.format.date(instant.slice(0, 10))} um ${instant.slice(11, 16)} Uhr`;
}
