import type { QuestionLexicon } from './types.js';

/**
 * The Dutch word knowledge of the open-question judge.
 *
 * @internal
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Welke vorm past beter bij je: een cursus of een coach?', 'nl'); // false
 * ```
 */
export const nl: QuestionLexicon = {
  locale: 'nl',
  questionWords: [
    'wat', 'wie', 'welke', 'welk', 'waar', 'waarom', 'wanneer', 'hoe', 'hoeveel', 'hoezo', 'hoelang', 'hoever', 'hoeverre', 'waarmee', 'waaraan', 'waardoor', 'waarin', 'waarop',
    'waarover', 'waarvoor', 'waarvan', 'waarheen', 'waaruit', 'waarbij', 'waarnaar', 'wiens',
  ],
  prepositions: ['in', 'op', 'aan', 'met', 'van', 'voor', 'bij', 'naar', 'uit', 'over', 'tot', 'door', 'onder', 'tussen', 'vanuit', 'binnen', 'na', 'sinds', 'tijdens', 'om', 'zonder', 'rond', 'per', 'tegen'],
  imperatives: [
    'vertel', 'beschrijf', 'noem', 'geef', 'schets', 'deel', 'bedenk', 'denk', 'kijk', 'neem', 'licht', 'leg', 'formuleer', 'omschrijf', 'verken', 'schrijf', 'maak', 'kies', 'stel', 'vat',
    'som', 'zet', 'probeer', 'blik', 'benoem', 'help', 'laat',
  ],
  finiteVerbs: [
    'ben', 'bent', 'is', 'zijn', 'was', 'waren', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'kan', 'kun', 'kunt', 'kunnen', 'kon', 'konden', 'wil', 'wilt', 'willen', 'wou', 'wilde',
    'wilden', 'zou', 'zouden', 'zal', 'zul', 'zult', 'zullen', 'moet', 'moeten', 'moest', 'mag', 'mogen', 'doe', 'doet', 'doen', 'deed', 'ga', 'gaat', 'gaan', 'ging', 'vind', 'vindt', 'vinden',
    'vond', 'weet', 'weten', 'wist', 'klopt', 'kloppen', 'speelt', 'spelen', 'zie', 'ziet', 'zien', 'herken', 'herkent', 'voel', 'voelt', 'merk', 'merkt', 'bestaat', 'blijft', 'blijf', 'krijg',
    'krijgt', 'loopt', 'lukt', 'lukte', 'past', 'helpt', 'zit', 'zitten', 'staat', 'sta', 'komt', 'kom', 'hoor', 'hoort', 'ervaar', 'ervaart', 'verwacht', 'verwachten', 'zag', 'kende', 'ken',
    'kent',
  ],
  subjects: ['je', 'jij', 'u', 'we', 'wij', 'ze', 'zij', 'hij', 'ik', 'jullie', 'men'],
  conjunctionLike: ['wanneer', 'waar', 'hoe', 'wat', 'welke'],
  determiners: ['je', 'jij', 'u', 'we', 'wij', 'ze', 'zij', 'hij', 'ik', 'jullie', 'men', 'het', 'de', 'een', 'er', 'dit', 'dat', 'die', 'jouw'],
  connectives: ['en', 'maar', 'dus', 'ook', 'of', 'zeg', 'nou', 'oké', 'ok'],
  subordinators: [
    'als', 'nu', 'zodra', 'omdat', 'hoewel', 'terwijl', 'toen', 'indien', 'mocht', 'zolang', 'terugkijkend', 'vooruitkijkend', 'kijkend', 'gezien', 'ondanks', 'stel', 'aangenomen',
    'ervan uitgaande',
  ],
  leadIns: ['wat denk je', 'wat vind je', 'wat zeg je', 'zeg eens', 'vertel eens', 'eerlijk gezegd', 'even kijken'],
  politeFrames: [
    'kun je', 'kunt u', 'kan je', 'zou je', 'zou u', 'wil je', 'wilt u', 'wil jij', 'mag ik vragen', 'mag ik je vragen', 'zou je willen', 'zou je kunnen', 'kun jij', 'heb je', 'hebt u', 'wil je eens',
  ],
  tellVerbs: [
    'vertellen', 'vertel', 'uitleggen', 'leg', 'beschrijven', 'beschrijf', 'toelichten', 'licht', 'schetsen', 'schets', 'meenemen', 'delen', 'deel', 'omschrijven', 'illustreren',
    'aangeven', 'zeggen over', 'iets zeggen', 'laten zien', 'voorbeeld', 'vragen',
  ],
  exampleWords: ['voorbeeld', 'voorbeelden'],
  curiosity: ['ik vraag me af', 'ik vraag mij af', 'ik ben benieuwd', 'ik ben nieuwsgierig', 'ik hoor graag', 'ik zou graag willen weten', 'ik wil graag weten', 'ik zou graag horen', 'ik hoor het graag'],
  yesNoWords: ['of'],
  quantityQuestions: ['hoeveel', 'hoe vaak', 'hoe lang', 'hoelang', 'hoe oud', 'hoe laat', 'hoe veel', 'welke datum', 'welk tijdstip', 'welk jaar', 'welke dag', 'hoe ver'],
  dateQuestions: ['wanneer'],
  conditionCues: [
    'voel', 'voelt', 'het meest', 'op je best', 'gevoel', 'merk', 'merkt', 'energie', 'trots', 'tevreden', 'gelukkig', 'plezier', 'weet je', 'heb je het gevoel', 'ben je het meest',
    'ben je op je best', 'gaat het goed', 'gaat het mis', 'loop je vast', 'kom je in actie', 'voelde', 'voelden', 'merkte', 'wil je', 'wilt u', 'zou je willen',
  ],
  nameQuestions: ['wie', 'met wie', 'van wie', 'voor wie', 'bij wie', 'aan wie', 'wiens', 'door wie'],
  personNouns: ['collega', 'collega\'s', 'persoon', 'personen', 'leidinggevende', 'mentor', 'manager', 'coach', 'klant', 'teamlid', 'medewerker'],
  descriptiveWho: ['wie ben je', 'wie ben jij', 'wie wil je zijn', 'wie wil je worden'],
  scaleMarkers: ['schaal', 'van 1 tot', 'van één tot', 'welk cijfer', 'een cijfer', 'welke score', 'rapportcijfer', 'op een schaal', 'van 0 tot', 'uit 10', 'op 10'],
  choiceCues: ['liever', 'voorkeur', 'kies je', 'kies', 'beter uit', 'beter bij', 'meer aan', 'ga je voor', 'of liever'],
  orWords: ['of'],
  tags: ['toch', 'niet', 'hè', 'he', 'of niet', 'nietwaar', 'oké', 'ok', 'ja', 'klopt dat', 'zeker'],
  leading: [
    'vind je ook niet', 'vind jij ook niet', 'ben je het met me eens', 'ben je het niet met me eens', 'je bent het toch met me eens', 'is het niet zo', 'zou het niet', 'is het niet',
    'niet gewoon', 'je zult wel', 'je zal wel', 'je vindt toch ook', 'toch ook', 'ik neem aan dat', 'je bent toch',
  ],
  reasons: ['waarom', 'hoezo'],
  coordinators: ['en', 'maar', 'of'],
  massNouns: ['ruimte', 'tijd', 'geld', 'budget', 'ontwikkelbudget', 'begeleiding', 'steun', 'vrijheid', 'hulp', 'aandacht', 'invloed', 'ondersteuning', 'energie'],
  rateMarkers: ['per week', 'per maand', 'per dag', 'per jaar', 'per kwartaal', 'in de week', 'in de maand', 'uur', 'uren', 'dagen', 'minuten', 'euro'],
  wishes: ['zou', 'zouden', 'wil', 'wilt', 'willen', 'graag', 'nodig', 'kan', 'kun', 'kunt', 'kunnen', 'liefst', 'zal'],
  superlatives: ['meest', 'meeste', 'liefst', 'grootste', 'beste', 'vaakst'],
};
