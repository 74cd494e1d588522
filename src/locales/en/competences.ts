import { defineMessages } from '../render.js';

/** English messages of competence frameworks and scans. */
export const competencesMessagesEn = defineMessages({
  'competence.profile.levelOrder': 'The levels of a competence must be numbered in order: 1, 2, 3 and so on.',
  'competence.profile.duplicate': 'A competence appears twice in the function profile; list each competence once.',
  'competence.scan.duplicate': 'A competence appears twice in the same assessment; give one level per competence.',
  'competence.scan.unknownCompetence':
    'An estimate by the {side:role} is about a competence that is not in the function profile {profile}; it does not count.',
  'competence.scan.levelOutOfRange':
    'The {side:role} places {competence} at level {level}, but that competence has {levels} levels; this estimate does not count.',
  'competence.scan.otherSide': 'This assessment belongs to the {side:role}, but according to its data it is the {given:role}’s.',
  'competence.scan.apart':
    'For {competence}, the employee places themselves at level {self} and the manager sees level {manager}. A good starting point for the conversation: ask each other for examples from the work and what each of you sees.',
});
