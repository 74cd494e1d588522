import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { participant } from './grammar.js';

/** "„A“, „B“ und 3 weitere": names the first three agreements and counts the rest. */
function agreementList(agreements: readonly unknown[], tools: MessageTools): string {
  const names = agreements.slice(0, 3).map((agreement) => tools.ref(agreement));
  const rest = agreements.length - names.length;
  if (rest > 0) names.push(`${tools.format.number(rest)} weitere`);
  return tools.format.list(names);
}

/** German messages of the agreements module. */
export const agreementsMessagesDe = defineMessages({
  // ---- the goal text
  'agreement.text.invalid': 'Hierher gehört der Text der Vereinbarung, angegeben ist aber {received:agreementValueKind}.',
  'agreement.text.empty': 'Hier steht noch nichts: Beschreiben Sie in eigenen Worten, was Sie tun werden.',
  'agreement.text.truncated':
    'Der Text ist sehr lang; gelesen wurden nur die ersten {limit} Zeichen. Eine Vereinbarung passt meist in ein oder zwei Sätze.',
  'agreement.text.vagueVerb':
    '{words:quote} sagt nicht, was Sie konkret tun werden. Nennen Sie die Handlung: einen Kurs abschließen, eine Präsentation halten, einen Bericht abgeben.',
  'agreement.text.hedge': '{words:quote} macht die Vereinbarung unverbindlich. Schreiben Sie auf, was Sie tun werden.',
  'agreement.text.vagueQuantity': '{words:quote} ist kein Maß. Wie viel genau, oder woran sehen Sie, dass es gelungen ist?',
  'agreement.text.vagueTime':
    '{words:quote} ist kein Termin. Nennen Sie ein Datum oder einen Zeitraum, etwa „bis zum 1. Juni“ oder „innerhalb von drei Monaten“.',
  'agreement.text.notSpecific': 'Es ist nicht klar, was genau geschieht. Was tun Sie, womit, und was kommt dabei heraus?',
  'agreement.text.noMeasure':
    'Es steht nicht da, woran Sie sehen, dass es gelungen ist: eine Anzahl, ein Prozentsatz, ein Zertifikat oder ein anderes Ergebnis.',
  'agreement.text.noDeadline': 'Der Text nennt keinen Termin. Wann ist es erledigt?',
  'agreement.text.startOnly':
    'Genannt ist nur der Beginn ({words:quote}); vereinbaren Sie auch, wann es erledigt ist oder wann Sie Bilanz ziehen.',
  'agreement.text.multipleGoals':
    'Dieser Text enthält {count} Ziele. Machen Sie daraus getrennte Vereinbarungen, jede mit eigenem Wer, Was und Bis wann.',
  'agreement.text.goalFallsShort':
    '‚{goal}‘ ist noch nicht {criterion:smartCriterionAdjective}. Ein Text mit mehreren Zielen ist das erst, wenn jedes Ziel es ist: Machen Sie getrennte Vereinbarungen daraus.',
  'agreement.text.attendanceOnly':
    '{words:quote} sagt nur, dass Sie dabei sind, nicht, woran Sie sehen, dass es gelungen ist. Vereinbaren Sie, was dabei herauskommt: eine Prüfung, etwas, das Sie in Ihrer Arbeit anwenden, ein Vortrag für Ihr Team.',
  'agreement.text.unnamed':
    'Welche genau? {words:quote} nennt keinen Titel und kein Fach. Schreiben Sie dazu, welchen Kurs, welchen Abschluss oder welche Prüfung Sie meinen.',
  'agreement.text.indicatorOnly':
    'Hier steht ein Ziel für eine Kennzahl, aber nicht, was Sie selbst tun, um es zu erreichen. Nennen Sie auch den ersten Schritt.',
  'agreement.text.deficit':
    '{words:quote}: Dieses Ziel sagt nur, was weniger werden oder aufhören soll. Beschreiben Sie lieber, was Sie stattdessen tun werden, oder bauen Sie auf etwas auf, das Sie schon gut können.',
  'agreement.text.evaluative': (
    { words, kinds }: { readonly words: readonly string[]; readonly kinds: readonly ('appraisal' | 'pay')[] },
    tools: MessageTools,
  ): string => {
    const about =
      kinds.includes('appraisal') && kinds.includes('pay') ? 'Beurteilung und Gehalt' : kinds.includes('pay') ? 'Gehalt' : 'Beurteilung';
    return `In dieser Vereinbarung geht es um ${about} (${tools.value(words, 'quote')}). Beurteilung und Gehalt gehören ins Beurteilungsgespräch, wie die Arbeit läuft ins Mitarbeitergespräch; dieses Gespräch blickt nach vorn auf Ihre Entwicklung.`;
  },
  'agreement.options.invalid': 'Die Spracheinstellung {locale:quote} ist unbekannt; die Sprache des Textes wurde daher erkannt.',
  // ---- who, what, when
  'agreement.www.who.empty': 'Es steht nicht da, wer das tut. Nennen Sie eine Person, die es übernimmt.',
  'agreement.www.who.notParticipant':
    '{who:quote} nimmt an diesem Gespräch nicht teil. Geben Sie die Vereinbarung jemandem am Tisch, oder vereinbaren Sie, wer es mit {who:quote} regelt.',
  'agreement.www.who.ambiguous': (
    { who, participants }: { readonly who: string; readonly participants: readonly unknown[] },
    tools: MessageTools,
  ): string =>
    `${tools.format.number(participants.length)} Teilnehmende heißen ${tools.value(who, 'quote')}. Wählen Sie die richtige Person, damit klar ist, wer es übernimmt.`,
  'agreement.www.what.empty': 'Es steht nicht da, was geschieht. Beschreiben Sie die Handlung in eigenen Worten.',
  'agreement.www.what.vague': 'Was geschieht, ist noch vage. Machen Sie es konkret: welche Handlung, welches Ergebnis?',
  'agreement.www.when.missing': 'Es steht kein Datum dabei: Vereinbaren Sie, bis wann es erledigt ist.',
  'agreement.www.when.past':
    'Der {when:date} liegt schon hinter uns (heute ist der {today:date}). Wählen Sie ein neues Datum, oder markieren Sie die Vereinbarung als erledigt oder entfallen.',
  'agreement.www.when.beyondHorizon':
    'Der {when:date} liegt mehr als {months} {months|Monat|Monate} in der Zukunft. Vereinbaren Sie einen Zwischenschritt, der früher erledigt ist.',
  // ---- SMART
  'agreement.smart.measurable.missing':
    'Die Vereinbarung ist nicht messbar: Schreiben Sie auf, woran Sie sehen, dass es gelungen ist, etwa eine Anzahl, ein Ergebnis oder ein Zertifikat.',
  'agreement.smart.acceptable.employeeMissing':
    'Der Mitarbeiter hat der Vereinbarung noch nicht zugestimmt. Ein Plan, hinter dem der Mitarbeiter nicht steht, bewirkt nichts.',
  'agreement.smart.acceptable.managerMissing':
    'Die Führungskraft hat der Vereinbarung noch nicht zugestimmt; ohne Rückhalt von dieser Seite bleibt es bei guten Vorsätzen.',
  'agreement.smart.acceptable.low':
    'Die Akzeptanz ist gering ({acceptance} von 10). Besprechen Sie, was nötig ist, damit die Vereinbarung wirklich getragen wird.',
  'agreement.smart.realistic.overBudget':
    'Die Kosten ({cost}) sind höher als das, was im Weiterbildungsbudget noch übrig ist ({remaining}).',
  'agreement.smart.realistic.currencyMismatch':
    'Die Kosten ({cost}) lauten auf eine andere Währung als das Budget ({budget}); ohne Umrechnung lässt sich nicht sagen, ob es passt.',
  'agreement.smart.realistic.overloaded': (
    { open, max, agreements }: { readonly open: number; readonly max: number; readonly agreements: readonly unknown[] },
    tools: MessageTools,
  ): string => {
    const listed = agreements.length > 0 ? ` (${agreementList(agreements, tools)})` : '';
    return `Es ${open === 1 ? 'läuft' : 'laufen'} bereits ${tools.format.number(open)} andere offene ${open === 1 ? 'Vereinbarung' : 'Vereinbarungen'}${listed}; als Richtwert gelten weniger als ${tools.format.number(max)}. Schließen Sie zuerst etwas ab oder lassen Sie etwas fallen.`;
  },
  'agreement.smart.realistic.tooClose':
    'Die Frist ist knapp für {scope:agreementScope}: {days} {days|Tag|Tage}, nötig sind mindestens {minimumDays} Tage. Wählen Sie ein späteres Datum oder einen kleineren ersten Schritt.',
  'agreement.practice.missingLink':
    'Eine Schulung zu besuchen ist allein noch keine Entwicklung: Verknüpfen Sie sie mit der Arbeit, etwa mit einer Aufgabe oder einem Projekt, in dem Sie das Gelernte anwenden.',
  'agreement.effect.low':
    'Die erwartete Wirkung ist gering: Qualität {quality} × Akzeptanz {acceptance} = {effect} von 100, nach E = Q × A (Qualität × Akzeptanz).',
  'agreement.effect.qualityOnly':
    'Bewertet ist nur die Qualität ({quality}). Ergänzen Sie die Akzeptanz, dann ergibt sich die Wirkung aus E = Q × A (Qualität × Akzeptanz).',
  'agreement.effect.acceptanceOnly':
    'Bewertet ist nur die Akzeptanz ({acceptance}). Ergänzen Sie die Qualität, dann ergibt sich die Wirkung aus E = Q × A (Qualität × Akzeptanz).',
  'agreement.check.unreadable': (): string => 'Diese Vereinbarung konnte nicht gelesen werden; prüfen Sie die Eingabe.',
  'agreement.status.closed':
    'Diese Vereinbarung ist {status:conversationAgreementStatus}; ein verstrichenes Datum oder eine fehlende Zustimmung zählt nicht mehr als Fehler.',
  'agreement.provider.notEmployee': ({ searcher }) =>
    `Hier sucht ${participant(searcher, 'nom')} den Kurs, das Coaching oder den Anbieter. Der Plan gehört dem Mitarbeiter: Lassen Sie ihn möglichst selbst suchen und wählen, oder vereinbaren Sie, dass er die letzte Wahl trifft.`,
  // ---- the learning offer of a support agreement
  'agreement.offer.url':
    'Der Link zum Angebot ({value:quote}) ist keine Webadresse. Geben Sie eine Adresse an, die mit http:// oder https:// beginnt.',
  'agreement.offer.hours': 'Ein Angebot braucht immer Lernzeit: Geben Sie die Lernstunden als Zahl über 0 an (jetzt {value}).',
  'agreement.offer.notSupport':
    'Diese Vereinbarung nennt ein Angebot ({form:learningForm}), ist aber eine Entwicklungsvereinbarung. Ein Angebot gehört in eine Unterstützungsvereinbarung: Dort steht, was die Organisation regelt oder bezahlt. Halten Sie das Angebot dort fest und hier, was Sie damit tun werden.',
  'agreement.offer.providerMissing': ({ searcher, form }, tools) =>
    `Hier sucht ${participant(searcher, 'nom')} einen Anbieter für dieses Angebot (${tools.labels.learningForm[form]}), aber es ist noch keiner genannt. Tragen Sie ihn ein, sobald er gewählt ist, und lassen Sie den Mitarbeiter die Wahl treffen oder bestätigen.`,
  'agreement.offer.studyTimeShort':
    'Das Angebot umfasst {hours} {hours|Lernstunde|Lernstunden}, die Vereinbarung rechnet aber mit {studyHours} {studyHours|Stunde|Stunden} Lernzeit. Vereinbaren Sie, woher die übrigen Stunden kommen: eigene Zeit, zusätzliche Lernzeit oder ein kleineres Angebot.',
});

/** German labels of the agreements module. */
export const agreementsLabelsDe = {
  wwwCriterion: { who: 'Wer', what: 'Was', when: 'Bis wann' },
  wwwCriterionQuestion: {
    who: 'Wer setzt die Vereinbarung um?',
    what: 'Was genau geschieht?',
    when: 'Bis wann ist es erledigt?',
  },
  smartCriterionDescription: {
    specific: 'Es ist klar, was konkret geschieht.',
    measurable: 'Man kann sehen, ob es gelungen ist.',
    acceptable: 'Mitarbeiter und Führungskraft stehen beide dahinter.',
    realistic: 'Es passt zur Zeit, zum Geld und zur übrigen Arbeit.',
    timeBound: 'Es steht ein Datum dabei.',
  },
  smartCriterionAdjective: { specific: 'spezifisch', measurable: 'messbar', timeBound: 'terminiert' },
  criterionStatus: { met: 'erfüllt', unmet: 'nicht erfüllt', unknown: 'unbekannt' },
  agreementScope: {
    degree: 'einen Studiengang',
    language: 'ein Sprachniveau',
    certificate: 'ein Zertifikat oder eine Prüfung',
    course: 'einen Kurs oder eine Schulung',
    deliverable: 'eine Präsentation, einen Workshop oder einen Bericht',
  },
  agreementValueKind: {
    number: 'eine Zahl',
    bigint: 'eine Zahl',
    boolean: 'ein Ja oder Nein',
    null: 'ein leerer Wert',
    undefined: 'nichts',
    array: 'eine Liste',
    object: 'eine Sammlung von Daten',
    symbol: 'ein Symbol',
    function: 'eine Funktion',
  },
  providerSearcher: { employee: 'Mitarbeiter', manager: 'Führungskraft', hrAdviser: 'HR-Beratung' },
  learningForm: {
    course: 'Kurs',
    eLearning: 'E-Learning',
    coaching: 'Coaching',
    assessment: 'Assessment',
    jobRotation: 'Jobrotation',
    mentoring: 'Mentoring',
  },
} satisfies Partial<Labels>;
