import { defineMessages } from '../../../src/index.js';

/** German messages of competence frameworks and scans. */
export const competencesMessagesDe = defineMessages({
  'competence.profile.levelOrder': 'Die Stufen einer Kompetenz müssen der Reihe nach nummeriert sein: 1, 2, 3 und so weiter.',
  'competence.profile.duplicate': 'Eine Kompetenz steht zweimal im Funktionsprofil; nehmen Sie jede Kompetenz nur einmal auf.',
  'competence.scan.duplicate': 'Eine Kompetenz kommt in derselben Einschätzung zweimal vor; geben Sie je Kompetenz eine Stufe an.',
  'competence.scan.unknownCompetence':
    'Eine Einschätzung (Seite: {side:role}) betrifft eine Kompetenz, die nicht im Funktionsprofil {profile} steht; sie zählt nicht.',
  'competence.scan.levelOutOfRange':
    'Die Einschätzung (Seite: {side:role}) setzt {competence} auf Stufe {level}, aber diese Kompetenz hat {levels} Stufen; sie zählt nicht.',
  'competence.scan.otherSide': 'Diese Einschätzung gehört zur Seite {side:role}, stammt laut den Daten aber von der Seite {given:role}.',
  'competence.scan.apart':
    'Bei {competence} sieht sich der Mitarbeiter auf Stufe {self}, die Führungskraft sieht Stufe {manager}. Ein guter Ausgangspunkt für das Gespräch: Fragen Sie einander nach Beispielen aus der Arbeit und danach, was jeder von Ihnen sieht.',
});
