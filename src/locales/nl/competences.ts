import { defineMessages } from '../render.js';

/** Dutch messages of competence frameworks and scans. */
export const competencesMessagesNl = defineMessages({
  'competence.profile.levelOrder': 'De niveaus van een competentie moeten oplopend genummerd zijn: 1, 2, 3, enzovoort.',
  'competence.profile.duplicate': 'Een competentie staat twee keer in het functieprofiel; neem elke competentie één keer op.',
  'competence.scan.duplicate': 'Een competentie komt twee keer voor in dezelfde inschatting; geef per competentie één niveau.',
  'competence.scan.unknownCompetence':
    'Een inschatting van de {side:role} gaat over een competentie die niet in het functieprofiel {profile} staat; die telt niet mee.',
  'competence.scan.levelOutOfRange':
    'De {side:role} plaatst {competence} op niveau {level}, maar die competentie heeft {levels} niveaus; deze inschatting telt niet mee.',
  'competence.scan.otherSide': 'Deze inschatting hoort bij de {side:role}, maar is volgens de gegevens van de {given:role}.',
  'competence.scan.apart':
    'Bij {competence} ziet de medewerker zichzelf op niveau {self} en ziet de leidinggevende niveau {manager}. Een goed vertrekpunt voor het gesprek: vraag elkaar naar voorbeelden uit het werk en wat jullie elk zien.',
});
