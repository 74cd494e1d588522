import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "‘A’, ‘B’ en 3 andere": names the first three agreements and counts the rest. */
function agreementList(agreements: readonly unknown[], tools: MessageTools): string {
  const names = agreements.slice(0, 3).map((agreement) => tools.ref(agreement));
  const rest = agreements.length - names.length;
  if (rest > 0) names.push(`${rest} andere`);
  return tools.format.list(names);
}

/** Dutch messages of the agreements module. */
export const agreementsMessagesNl = defineMessages({
  // ---- the goal text
  'agreement.text.invalid': 'Hier hoort de tekst van de afspraak te staan, maar er staat {received:agreementValueKind}.',
  'agreement.text.empty': 'Er staat nog niets: beschrijf in eigen woorden wat je gaat doen.',
  'agreement.text.truncated':
    'De tekst is erg lang; alleen de eerste {limit} tekens zijn gelezen. Een afspraak past meestal in één of twee zinnen.',
  'agreement.text.vagueVerb':
    '{words:quote} {words|zegt|zeggen} niet wat je concreet gaat doen. Noem de handeling: bijvoorbeeld een cursus afronden, een presentatie geven of een rapport opleveren.',
  'agreement.text.hedge': '{words:quote} {words|maakt|maken} de afspraak vrijblijvend. Schrijf op wat je wél gaat doen.',
  'agreement.text.vagueQuantity': '{words:quote} {words|is|zijn} geen maat. Hoeveel precies, of waaraan zie je dat het gelukt is?',
  'agreement.text.vagueTime':
    '{words:quote} {words|is|zijn} geen termijn. Noem een datum of een periode, zoals ‘voor 1 juni’ of ‘binnen drie maanden’.',
  'agreement.text.notSpecific': 'Het is niet duidelijk wat er precies gebeurt. Wat ga je doen, waarmee, en wat levert het op?',
  'agreement.text.noMeasure':
    'Er staat niet in waaraan je ziet dat het gelukt is: een aantal, een percentage, een certificaat of een ander resultaat.',
  'agreement.text.noDeadline': 'Er staat geen termijn in de tekst. Wanneer is het klaar?',
  'agreement.text.startOnly':
    'Er staat alleen wanneer het begint ({words:quote}); spreek ook af wanneer het klaar is of wanneer je evalueert.',
  'agreement.text.multipleGoals': 'Deze tekst bevat {count} doelen. Maak er aparte afspraken van, elk met een eigen wie, wat en wanneer.',
  'agreement.text.goalFallsShort':
    '‘{goal}’ is nog niet {criterion:smartCriterionAdjective}. Een tekst met meer doelen is dat pas als elk doel het is: maak er aparte afspraken van.',
  'agreement.text.attendanceOnly':
    '{words:quote} {words|zegt|zeggen} alleen dat je erbij bent, niet waaraan je ziet dat het gelukt is. Spreek af wat eruit komt: een examen, iets wat je in je werk toepast, een presentatie voor je team.',
  'agreement.text.unnamed':
    'Welke precies? {words:quote} {words|noemt|noemen} geen naam of onderwerp. Schrijf erbij welke cursus, welk diploma of welk examen je bedoelt.',
  'agreement.text.indicatorOnly':
    'Er staat een doel op een cijfer, maar niet wat je zelf gaat doen om het te halen. Noem ook de eerste stap.',
  'agreement.text.deficit':
    '{words:quote}: dit doel zegt alleen wat er minder moet of niet meer mag. Beschrijf liever wat je wél gaat doen, of bouw voort op iets waar je al goed in bent.',
  'agreement.text.evaluative': ({ words, kinds }, tools) => {
    const about =
      kinds.includes('appraisal') && kinds.includes('pay') ? 'beoordelen en belonen' : kinds.includes('pay') ? 'belonen' : 'beoordelen';
    return `Deze afspraak gaat over ${about} (${tools.value(words, 'quote')}). Beoordelen en belonen horen in het beoordelingsgesprek; hoe het werk gaat bespreek je in het functioneringsgesprek. Dit gesprek kijkt vooruit naar je ontwikkeling.`;
  },
  'agreement.options.invalid': 'De taalinstelling {locale:quote} is onbekend; de taal van de tekst is daarom automatisch bepaald.',
  // ---- WWW
  'agreement.www.who.empty': 'Er staat niet bij wie dit doet. Noem één persoon die het oppakt.',
  'agreement.www.who.notParticipant':
    '{who:quote} zit niet bij dit gesprek. Leg de afspraak bij iemand die aan tafel zit, of spreek af wie het met {who:quote} regelt.',
  'agreement.www.who.ambiguous': ({ who, participants }, tools) =>
    `Er zijn ${tools.format.number(participants.length)} deelnemers die ${tools.value(who, 'quote')} heten. Kies de juiste persoon, zodat duidelijk is wie het oppakt.`,
  'agreement.www.what.empty': 'Er staat niet wat er gebeurt. Beschrijf de actie in eigen woorden.',
  'agreement.www.what.vague': 'Wat er gebeurt is nog vaag. Maak het concreet: welke handeling, welk resultaat?',
  'agreement.www.when.missing': 'Er staat geen datum bij: spreek af wanneer het klaar is.',
  'agreement.www.when.past':
    'De datum {when:date} ligt al achter ons (vandaag is het {today:date}). Kies een nieuwe datum, of zet de afspraak op afgerond of vervallen.',
  'agreement.www.when.beyondHorizon':
    'De datum {when:date} ligt meer dan {months} {months|maand|maanden} vooruit. Spreek een tussenstap af die eerder klaar is.',
  // ---- SMART
  'agreement.smart.measurable.missing':
    'De afspraak is niet meetbaar: schrijf op waaraan je ziet dat het gelukt is, zoals een aantal, een resultaat of een certificaat.',
  'agreement.smart.acceptable.employeeMissing':
    'De medewerker heeft de afspraak nog niet geaccepteerd. Een plan dat de medewerker niet draagt, heeft geen effect.',
  'agreement.smart.acceptable.managerMissing':
    'De leidinggevende heeft de afspraak nog niet geaccepteerd; zonder steun van die kant blijft het bij goede bedoelingen.',
  'agreement.smart.acceptable.low':
    'De acceptatie is laag ({acceptance} van de 10). Bespreek wat er nodig is om de afspraak echt te dragen.',
  'agreement.smart.realistic.overBudget': 'De kosten ({cost}) zijn hoger dan wat er nog in het ontwikkelbudget zit ({remaining}).',
  'agreement.smart.realistic.currencyMismatch':
    'De kosten ({cost}) staan in een andere munteenheid dan het budget ({budget}); zonder omrekening is niet te zeggen of het past.',
  'agreement.smart.realistic.overloaded': ({ open, max, agreements }, tools) => {
    const listed = agreements.length > 0 ? ` (${agreementList(agreements, tools)})` : '';
    const count = tools.format.number(open);
    return `Er ${open === 1 ? 'loopt' : 'lopen'} al ${count} andere open ${open === 1 ? 'afspraak' : 'afspraken'}${listed}; de richtlijn is minder dan ${tools.format.number(max)}. Rond eerst iets af of laat iets vallen.`;
  },
  'agreement.smart.realistic.tooClose':
    'De termijn is krap voor {scope:agreementScope}: {days} {days|dag|dagen}, terwijl daar minstens {minimumDays} dagen voor nodig zijn. Kies een latere datum of een kleinere eerste stap.',
  'agreement.practice.missingLink':
    'Alleen een training volgen is nog geen ontwikkeling: koppel het aan de praktijk, bijvoorbeeld met een taak of project waarin je het toepast.',
  'agreement.effect.low': 'Het verwachte effect is laag: kwaliteit {quality} × acceptatie {acceptance} = {effect} van de 100 (E = K × A).',
  'agreement.effect.qualityOnly':
    'Alleen de kwaliteit ({quality}) is gescoord. Vul ook de acceptatie in, dan volgt het effect uit E = K × A.',
  'agreement.effect.acceptanceOnly':
    'Alleen de acceptatie ({acceptance}) is gescoord. Vul ook de kwaliteit in, dan volgt het effect uit E = K × A.',
  'agreement.check.unreadable': () => 'Deze afspraak kon niet worden gelezen; controleer wat er is ingevoerd.',
  'agreement.status.closed':
    'Deze afspraak is {status:conversationAgreementStatus}; een verstreken datum of een ontbrekende acceptatie telt niet meer als fout.',
  'agreement.provider.notEmployee':
    'Hier zoekt de {searcher:providerSearcher} de opleiding, coach of aanbieder. Het plan is van de medewerker: laat de medewerker bij voorkeur zelf zoeken en kiezen, of spreek af dat de medewerker de laatste keuze maakt.',
  // ---- the learning offer of a support agreement
  'agreement.offer.url': 'De link naar het aanbod ({value:quote}) is geen webadres. Geef een adres dat begint met http:// of https://.',
  'agreement.offer.hours': 'Een aanbod kost altijd studietijd: vul het aantal studie-uren in als een getal groter dan 0 (nu {value}).',
  'agreement.offer.notSupport':
    'Deze afspraak noemt een aanbod ({form:learningForm}), maar is een ontwikkelafspraak. Een aanbod hoort bij een ondersteuningsafspraak: daarin staat wat de organisatie regelt of betaalt. Leg het aanbod daar vast en houd hier wat je ermee gaat doen.',
  'agreement.offer.providerMissing':
    'De {searcher:providerSearcher} zoekt een aanbieder voor dit aanbod ({form:learningForm}), maar die staat er nog niet bij. Vul de aanbieder in zodra die gekozen is, en laat de medewerker de keuze maken of bevestigen.',
  'agreement.offer.studyTimeShort':
    'Het aanbod vraagt {hours} {hours|studie-uur|studie-uren}, maar de afspraak rekent met {studyHours} uur studietijd. Spreek af waar de andere uren vandaan komen: eigen tijd, extra studietijd of een kleiner aanbod.',
});

/** Dutch labels of the agreements module. */
export const agreementsLabelsNl = {
  wwwCriterion: { who: 'Wie', what: 'Wat', when: 'Wanneer' },
  wwwCriterionQuestion: {
    who: 'Wie voert de afspraak uit?',
    what: 'Wat gebeurt er precies?',
    when: 'Wanneer is het klaar?',
  },
  smartCriterionDescription: {
    specific: 'Het is duidelijk wat er concreet gebeurt.',
    measurable: 'Je kunt zien of het gelukt is.',
    acceptable: 'Medewerker en leidinggevende staan er allebei achter.',
    realistic: 'Het past binnen de tijd, het geld en de rest van het werk.',
    timeBound: 'Er staat een datum bij.',
  },
  smartCriterionAdjective: { specific: 'specifiek', measurable: 'meetbaar', timeBound: 'tijdgebonden' },
  criterionStatus: { met: 'in orde', unmet: 'niet in orde', unknown: 'onbekend' },
  agreementScope: {
    degree: 'een opleiding met diploma',
    language: 'een taalniveau',
    certificate: 'een certificaat of examen',
    course: 'een cursus of training',
    deliverable: 'een presentatie, workshop of rapport',
  },
  agreementValueKind: {
    number: 'een getal',
    bigint: 'een getal',
    boolean: 'ja of nee',
    null: 'een lege waarde',
    undefined: 'niets',
    array: 'een lijst',
    object: 'een verzameling gegevens',
    symbol: 'een symbool',
    function: 'een functie',
  },
  providerSearcher: { employee: 'medewerker', manager: 'leidinggevende', hrAdviser: 'HR-adviseur' },
  learningForm: {
    course: 'cursus',
    eLearning: 'e-learning',
    coaching: 'coaching',
    assessment: 'assessment',
    jobRotation: 'jobrotatie',
    mentoring: 'mentoraat',
  },
} satisfies Partial<Labels>;
