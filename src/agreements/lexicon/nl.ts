import type { Lexicon } from './types.js';

// Dutch word knowledge of the goal-text analyzer. Entries are plain strings; `[brackets]` in an
// example mark what its rule must find. Verbs are written `deeltje|stam` when they split
// (*af|ronden*: "rond ... af", "afgerond", "af te ronden"); irregular forms follow a colon.
// Misspellings and abbreviations people really type are entries too (febuari, okt., wkn, zsm).

const months = [
  'januari', 'februari', 'febuari', 'februarie', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'febr', 'febr.', 'mrt', 'mrt.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'okt', 'okt.', 'nov', 'nov.', 'dec', 'dec.',
];

/**
 * The Dutch lexicon of the goal-text analyzer (internal; the guide lists its rules).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Voor half febuari lever ik het concept in', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export const nl: Lexicon = {
  locale: 'nl',
  slots: {
    month: months,
    ordinal: ['e', 'de', 'ste'],
    ordinalWord: ['eerste', 'tweede', 'derde', 'vierde', 'laatste'],
    deadlinePrep: [
      'voor', 'vóór', 'uiterlijk', 'uiterlijk op', 'uiterlijk voor', 'uiterlijk vóór', 'op', 'per', 'tot', 't/m', 'tot en met', 'tot aan', 'in', 'rond', 'tegen', 'ten laatste', 'iig voor',
      'in ieder geval voor', 'zeker voor', 'uiterlijk in', 'in de loop van', 'gedurende', 'tijdens', 'heel', 'het hele',
    ],
    monthPrep: ['voor', 'vóór', 'uiterlijk', 'uiterlijk in', 'in', 'per', 'tot', 't/m', 'tot en met', 'tot aan', 'rond', 'tegen', 'in de maand', 'gedurende', 'tijdens', 'de maand', 'deze maand'],
    monthEdge: ['eind', 'einde', 'begin', 'half', 'medio', 'halverwege', 'eind van', 'begin van', 'het eind van', 'het einde van', 'de eerste helft van', 'de tweede helft van', 'midden'],
    periodEdge: [
      'eind', 'einde', 'het eind', 'het einde', 'begin', 'het begin', 'aan het eind', 'aan het einde', 'voor het eind', 'voor het einde', 'tegen het eind', 'tegen het einde', 'halverwege', 'medio',
      'midden', 'uiterlijk eind', 'voor eind', 'vóór eind', 'tot eind', 'tot het eind', 'tot het einde', 'tot en met eind', 'voor het begin',
    ],
    periodDet: ['van het', 'van dit', 'van deze', 'van de', 'van mijn', 'van ons', 'van het lopende', 'van het huidige', 'van het nieuwe', 'van volgend', 'van komend'],
    timeUnit: [
      'dag', 'dagen', 'werkdag', 'werkdagen', 'week', 'weken', 'wk', 'wkn', 'maand', 'maanden', 'mnd', 'kwartaal', 'kwartalen', 'jaar', 'jaren', 'halfjaar', 'half jaar', 'sprint', 'sprints',
      'schooljaar', 'semester',
    ],
    count: ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'vijftien', 'achttien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'negentig', 'honderd', 'anderhalf', 'één'],
    fewCount: ['een', 'één', 'een half', 'een paar', 'enkele', 'een aantal', 'paar', 'een halve'],
    next: ['komende', 'volgende', 'eerste', 'eerstvolgende', 'aankomende'],
    withinPrep: ['binnen', 'over', 'in', 'uiterlijk over', 'uiterlijk binnen', 'binnen nu en', 'in de', 'binnen de', 'over de', 'na'],
    relative: ['het nieuwe', 'dit', 'deze', 'volgend', 'volgende', 'komend', 'komende', 'aankomend', 'aankomende', 'het komende', 'de komende', 'later dit', 'het volgende', 'het lopende', 'het huidige'],
    anchorNoun: ['jaar', 'maand', 'week', 'kwartaal', 'halfjaar', 'half jaar', 'voorjaar', 'najaar', 'zomer', 'winter', 'herfst', 'lente', 'schooljaar', 'boekjaar', 'semester', 'sprint', 'seizoen', 'cursusjaar', 'kalenderjaar'],
    season: ['zomer', 'winter', 'lente', 'herfst', 'voorjaar', 'najaar'],
    holiday: [
      'zomervakantie', 'kerstvakantie', 'kerst', 'kerstmis', 'kerstdagen', 'herfstvakantie', 'voorjaarsvakantie', 'krokusvakantie', 'meivakantie', 'bouwvak', 'pasen', 'paasvakantie', 'pinksteren',
      'hemelvaart', 'koningsdag', 'sinterklaas', 'carnaval', 'oud en nieuw', 'jaarwisseling', 'nieuwjaar', 'feestdagen', 'zomerstop', 'zomerreces', 'kerstreces', 'jaarafsluiting', 'vakantie',
    ],
    holidayPrep: ['in de', 'tijdens de', 'voor', 'vóór', 'uiterlijk voor', 'uiterlijk vóór', 'na', 'tot', 't/m', 'tot en met', 'tot aan', 'tegen', 'rond', 'met', 'uiterlijk met', 'in', 'tijdens', 'iig voor', 'ruim voor', 'nog voor'],
    eventPrep: ['voor', 'vóór', 'uiterlijk voor', 'uiterlijk vóór', 'ruim voor', 'tegen', 'uiterlijk bij', 'uiterlijk op', 'voorafgaand aan', 'in aanloop naar', 'tot', 'tot aan', 'nog voor', 'bij', 'op'],
    eventDet: ['de', 'het', 'mijn', 'ons', 'onze'],
    upcoming: ['volgende', 'eerstvolgende', 'komende', 'aankomende', 'eerste', 'volgend', 'nieuwe'],
    event: [
      'teamdag', 'heidag', 'studiedag', 'open dag', 'beurs', 'vakbeurs', 'congres', 'audit', 'release', 'livegang', 'lancering', 'opening', 'evaluatie', 'review', 'kwartaalreview', 'jaarreview',
      'tussenevaluatie', 'functioneringsgesprek', 'beoordelingsgesprek', 'ontwikkelgesprek', 'voortgangsgesprek', 'gesprek', 'pop-gesprek', 'jaargesprek', 'verhuizing', 'reorganisatie', 'fusie',
      'deadline', 'start', 'oplevering', 'visitatie', 'inspectie', 'accreditatie', 'examenperiode', 'toetsweek', 'vergadering', 'raadsvergadering', 'gemeenteraadsvergadering', 'ledenvergadering',
      'alv', 'mt-vergadering', 'teamvergadering', 'bestuursvergadering', 'kick-off', 'seizoen', 'black friday-actie', 'actie', 'verkiezingen', 'begrotingsbehandeling', 'kwartaalafsluiting',
      'overdracht', 'evaluatiegesprek', 'nieuwe schooljaar', 'drukke periode', 'piek', 'kerstdrukte', 'zomerdrukte', 'begroting', 'ondernemingsraad', 'opening van het seizoen', 'start van het seizoen',
    ],
    periodNoun: [
      'jaar', 'maand', 'week', 'kwartaal', 'boekjaar', 'schooljaar', 'project', 'sprint', 'traject', 'proeftijd', 'contract', 'seizoen', 'semester', 'dag', 'zomer', 'pilot', 'stage',
      'inwerkperiode', 'kalenderjaar', 'cursusjaar', 'studiejaar',
    ],
    weekday: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    weekdayPrep: ['voor', 'vóór', 'uiterlijk', 'volgende', 'komende', 'aanstaande', 'deze', 'uiterlijk op', 'voor aanstaande'],
    dayWord: ['vandaag', 'morgen', 'overmorgen', 'vanavond'],
    startPrep: ['vanaf', 'met ingang van', 'm.i.v.', 'ingaande', 'per', 'na', 'vanaf begin', 'vanaf eind', 'vanaf half', 'startend in', 'beginnend in', 'vanaf medio'],
    startAnchor: ['volgende week', 'volgende maand', 'volgend jaar', 'volgend kwartaal', 'morgen', 'de zomer', 'de zomervakantie', 'het nieuwe jaar', 'het nieuwe schooljaar', 'de kerst', 'de kerstvakantie', 'de meivakantie', 'komende maand', 'komend jaar'],
    fieldLabel: ['deadline', 'termijn', 'einddatum', 'streefdatum', 'datum', 'wanneer', 'looptijd', 'gereed', 'klaar'],
    yearEnd: ['eind van het jaar', 'einde van het jaar', 'jaareinde', 'eind jaar', 'ultimo', 'het jaareinde'],
    half: ['eerste', 'tweede', 'laatste'],
    whole: ['het hele', 'heel het', 'de hele', 'het gehele', 'de rest van het', 'de rest van de', 'rest van het', 'gedurende het hele', 'tijdens het hele'],
    throughout: ['het hele jaar door', 'het hele jaar', 'heel het jaar', 'het gehele jaar', 'gedurende het jaar', 'de hele maand'],
    freqCount: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'tien', 'twaalf', 'twintig'],
    gradePrep: ['een', 'met een', 'minimaal een', 'gemiddeld een'],
    freqUnit: ['dag', 'week', 'maand', 'kwartaal', 'jaar', 'sprint', 'werkdag', 'werkweek', 'dienst', 'les', 'overleg', 'teamoverleg', 'schooljaar', 'semester', 'periode', 'dagdeel'],
    freqUnits: ['dagen', 'weken', 'maanden', 'kwartalen', 'jaren', 'sprints', 'diensten'],
    freqEvery: ['elke', 'iedere', 'ieder', 'elk', 'na elke', 'na elk', 'na ieder', 'na iedere', 'bij elke', 'bij elk', 'bij ieder', 'bij iedere', 'met elke', 'met elk', 'voor elke', 'voor elk', 'om de', 'iedere andere', 'per'],
    freqAdverb: ['dagelijks', 'wekelijks', 'tweewekelijks', 'maandelijks', 'tweemaandelijks', 'driemaandelijks', 'jaarlijks', 'halfjaarlijks', 'elke dag', 'iedere dag'],
    timesWord: ['keer', 'maal', 'x'],
    perWord: ['per', 'in de', 'elke', 'iedere', 'per dag en', 'in het', 'op een'],
    durationUnit: ['uur', 'uren', 'minuten', 'minuut', 'dag', 'dagen', 'dagdeel', 'dagdelen', 'ochtend', 'ochtenden', 'middag', 'middagen', 'avond', 'avonden', 'dienst', 'diensten', 'kwartier', 'half uur'],
    durationCount: ['een', 'één', 'een half', 'anderhalf', 'twee', 'drie', 'vier', 'vijf', 'tien', 'twintig', 'dertig', 'een halve'],
    percentWord: ['procent', 'procentpunt', 'procentpunten'],
    currency: ['euro', 'eur', 'dollar'],
    bound: [
      'minimaal', 'minstens', 'ten minste', 'tenminste', 'maximaal', 'hooguit', 'ruim', 'precies', 'meer dan', 'minder dan', 'onder de', 'boven de', 'tot onder de', 'niet meer dan', 'hoogstens',
      'minimum', 'maximum', 'min.', 'max.', 'onder', 'boven', 'tot', 'tot minimaal', 'naar minder dan', 'naar minimaal', 'tot boven de',
    ],
    ratio: ['halveren', 'gehalveerd', 'halveer', 'verdubbelen', 'verdubbeld', 'verdubbel', 'verdrievoudigen', 'met de helft', 'met een derde', 'met een kwart', 'twee keer zoveel', 'twee keer zo veel', 'dubbel zoveel'],
    allWord: ['alle', 'al de', 'al mijn', 'al onze', 'alle vijf'],
    zero: ['nul', 'geen'],
    zeroNoun: ['fouten', 'klachten', 'achterstand', 'openstaande', 'incidenten', 'ongevallen', 'meldingen', 'no-shows', 'verkeerde', 'klachten meer', 'fouten meer'],
    zeroPhrase: ['niet meer te laat', 'nooit meer te laat', 'geen enkele keer te laat', 'niet meer te laat komen', 'nooit meer vergeten', 'geen enkele'],
    rangeFrom: ['van'],
    rangeTo: ['naar', 'tot', 'tot onder', 'naar onder de'],
    target: ['naar', 'tot', 'onder de', 'boven de', 'op'],
    grade: ['cijfer', 'score', 'gemiddelde', 'rapportcijfer', 'waardering'],
    feeling: [
      'gemotiveerd', 'rustig', 'rustiger', 'zelfverzekerd', 'zekerder', 'tevreden', 'gelukkig', 'gelukkiger', 'blij', 'blijer', 'ontspannen', 'energiek', 'fit', 'fitter', 'gezonder', 'gestrest',
      'relaxed', 'enthousiast', 'assertief', 'assertiever', 'positief', 'positiever', 'op mijn gemak', 'zeker', 'zelfverzekerder',
    ],
    moreLess: ['meer', 'minder'],
    copula: ['is', 'zijn', 'staat', 'staan', 'ligt', 'liggen', 'gaat', 'gaan', 'wordt', 'worden', 'moet', 'zal', 'is dan', 'zijn dan', 'staat dan', 'is helemaal', 'zijn allemaal'],
    state: ['klaar', 'af', 'gereed', 'online', 'live', 'rond', 'afgerond', 'ingevoerd', 'in gebruik', 'operationeel', 'op orde', 'ingericht', 'opgeleverd'],
    exists: ['ligt er een', 'staat er een', 'is er een', 'er ligt een', 'er staat een', 'ligt er', 'er is een'],
    levelWord: ['niveau', 'op niveau'],
    ready: ['klaar hebben', 'klaar heb', 'klaar hebt', 'klaar.', 'gereed.', 'klaar liggen'],
    passOutcome: ['met een voldoende', 'met goed gevolg', 'met succes', 'met een diploma', 'met een certificaat', 'met een positief resultaat', 'met een positieve beoordeling'],
    independent: ['zelfstandig', 'zonder hulp', 'zonder begeleiding', 'op eigen kracht', 'in mijn eentje', 'zonder ondersteuning', 'zonder tussenkomst'],
    approval: ['positieve feedback', 'goedgekeurd door', 'akkoord van', 'getekend door', 'afgetekend door', 'goedkeuring van', 'afgetekend'],
    vagueTime: [
      'binnenkort', 'ooit', 'ooit eens', 'later', 'op termijn', 'in de toekomst', 'zo snel mogelijk', 'zsm', 'z.s.m.', 'z.s.m', 'asap', 'als ik tijd heb', 'wanneer het uitkomt', 'als het uitkomt',
      'te zijner tijd', 't.z.t.', 'tzt', 'een keer', 'af en toe', 'zo nu en dan', 'regelmatig', 'ergens', 'nog eens', 'in de loop van de tijd', 'vanaf nu', 'voortaan', 'de komende periode',
      'komende periode', 'de komende tijd', 'komende tijd', 'na verloop van tijd', 'op den duur', 'zodra het kan', 'zodra mogelijk', 'straks', 'eens', 'vanaf heden', 'in de nabije toekomst',
    ],
    afterPrep: ['na'],
    afterEvent: ['verhuizing', 'reorganisatie', 'fusie', 'verbouwing', 'drukte', 'drukke periode', 'overgang', 'vakantie', 'herstructurering', 'invoering'],
    vagueFrame: [
      'werken aan', 'werk aan', 'bezig zijn met', 'bezighouden met', 'bezig houden met', 'aan de slag met', 'aan de slag gaan met', 'aan de slag', 'iets doen aan', 'iets doen met', 'iets doen',
      'meer doen met', 'beter worden in', 'beter worden', 'meer leren', 'mezelf ontwikkelen', 'mezelf verder ontwikkelen', 'me verder ontwikkelen', 'een stap maken', 'een stap zetten', 'stappen zetten',
      'een boost geven', 'aandacht besteden aan', 'meer aandacht', 'grip krijgen', 'meer grip', 'bijblijven met', 'bezig blijven', 'van mezelf laten zien', 'beter omgaan met', 'leren omgaan met',
      'omgaan met', 'wat doen aan', 'iets aan doen', 'ervoor zorgen dat het', 'zorgen dat dingen', 'zorgen dat het', 'zorgen voor een betere', 'verder ontwikkelen', 'verder groeien', 'me ontwikkelen',
      'mezelf ontplooien', 'mezelf verder ontplooien', 'me inzetten voor', 'beter inzetten',
    ],
    vagueDo: ['iets met'],
    doWord: ['doen'],
    placeholder: ['het oppakken', 'oppakken', 'het aanpakken', 'het regelen', 'het doen', 'ermee aan de slag', 'dat regelen', 'dat oppakken', 'het fixen', 'oppakken van', 'het oplossen'],
    hedge: [
      'proberen', 'probeer', 'probeert', 'te proberen', 'misschien', 'wellicht', 'eventueel', 'mogelijkerwijs', 'hopelijk', 'hoop', 'hopen', 'indien mogelijk', 'als het lukt', 'zou willen',
      'zou graag', 'ik denk', 'in principe', 'liefst', 'waar mogelijk', 'kijken of', 'zien of', 'als het kan', 'zo mogelijk', 'zou ik graag', 'zou ik willen',
    ],
    vagueQuantity: [
      'een aantal', 'enkele', 'wat meer', 'wat beter', 'iets meer', 'iets beter', 'meer', 'minder', 'een beetje', 'beetje', 'veel', 'genoeg', 'voldoende', 'diverse', 'wat', 'nog meer', 'vaker',
      'minder vaak', 'sneller', 'zoveel mogelijk', 'zo veel mogelijk', 'allerlei', 'wat vaker', 'meerdere', 'een paar',
    ],
    vagueObject: ['iets', 'dingen', 'zaken', 'dit soort dingen', 'van alles', 'het een en ander', 'ditjes en datjes', 'iets nieuws', 'allerlei onderwerpen', 'alles'],
    idNoun: [
      'groep', 'hal', 'module', 'versie', 'fase', 'lokaal', 'kamer', 'klas', 'lijn', 'route', 'stap', 'hoofdstuk', 'blok', 'iso', 'unit', 'verdieping', 'gebouw', 'statistiek', 'leerjaar',
      'bus', 'perron', 'zone', 'gang', 'vak', 'dock', 'bed', 'niveau', 'mbo', 'mbo-niveau', 'pspo',
    ],
    clock: ['uur', 'u', 'h'],
    atWord: ['om', 'vanaf', 'tot'],
    practice: [
      'toepassen', 'toepas', 'in de praktijk', 'in mijn werk', 'in mijn team', 'in het project', 'in het team', 'project', 'klant', 'klanten', 'opdracht', 'casus', 'collega', "collega's",
      'teamoverleg', 'afdeling', 'praktijk', 'gebruiken bij', 'gebruiken in', 'presentatie', 'presenteren', 'kennissessie',
    ],
    training: ['training', 'trainingen', 'cursus', 'cursussen', 'opleiding', 'e-learning', 'workshop', 'webinar', 'masterclass', 'leergang', 'congres'],
  },
  rules: {
    start: [
      {
        id: 'start.date',
        pattern: '{startPrep} {#day}{ordinal?} {month} {#year?} a.s.?',
        match: ['[Vanaf 1 september a.s.] oefen ik drie keer per week.', '[Per 1 januari] neem ik de rol over.', '[Met ingang van 1 maart] verzorg ik de dagopening.', '[m.i.v. 2 jan] start ik'],
        noMatch: ['Vanaf nu stuur ik een verslag.'],
      },
      {
        id: 'start.month',
        pattern: '{startPrep} {month} {#year?}',
        match: ['[Vanaf februari] lees ik elke week een artikel.', '[Vanaf oktober] bezoek ik elke week een vestiging.', '[vanaf juni] is de maandafsluiting klaar.'],
        noMatch: ['Na de verhuizing ga ik anders werken.'],
      },
      {
        id: 'start.anchor',
        pattern: '{startPrep} {startAnchor}',
        match: ['Ik hardloop [vanaf volgende maand] drie keer per week.', '[Na de zomer] begeleid ik een nieuwe collega.', '[Vanaf het nieuwe schooljaar] geef ik les.'],
      },
      {
        id: 'start.week',
        pattern: '{startPrep} week {#int}',
        match: ['De planning wordt [vanaf week 10] verstuurd.'],
      },
      {
        id: 'start.date.numeric',
        pattern: '{startPrep} {#dmy}',
        match: ['[Vanaf 01-09-2027] leid ik de stand-up.'],
      },
    ],
    deadline: [
      {
        id: 'calendar.iso',
        pattern: '{deadlinePrep?} {#iso}',
        match: ['[Uiterlijk 2027-06-01] lever ik het plan op.', 'Ik loop [op 2027-06-01] de halve marathon.'],
      },
      {
        id: 'calendar.numeric',
        pattern: '{deadlinePrep?} {#dmy}',
        match: ['Ik rond de module af [voor 31-01-2028].', 'Deadline: [30-09-2027].', '[Uiterlijk 01-03-2027] is het klaar.'],
        noMatch: ['Ik scoorde 7/10 op de toets.'],
      },
      {
        id: 'calendar.dayMonth',
        pattern: '{deadlinePrep?} de? {#day}{ordinal?} {month} {#year?} a.s.?',
        match: ['Ik rond de cursus af [voor 1 juni].', '[Uiterlijk 15 april 2027] heeft de afdeling een instructie.', 'Ik geef [op 12 maart] een workshop.', '[Uiterlijk 1 dec.] ligt er een voorstel.', 'Ik rond het af [voor de 1e juli].'],
        noMatch: ['Ik bel 15 klanten.'],
      },
      {
        id: 'calendar.month',
        pattern: '{monthPrep} {monthEdge?} {month} {#year?}',
        match: ['Ik loop [in oktober] twee dagen mee.', 'Ik haal het [voor eind mei].', 'Ik lever het in [voor half febuari].', '[Uiterlijk in december] wil ik het kunnen.', 'Ik ga het [voor eind okt.] afronden.', '[Tot eind juni] wil ik vaker praten.'],
        noMatch: ['Ik heb mei-vakantie.'],
      },
      {
        id: 'calendar.monthEdge',
        pattern: '{monthEdge} {month} {#year?}',
        match: ['[Eind januari] heb ik de workshop gegeven.', '[Medio mei] presenteer ik de resultaten.', '[Begin maart 2028] start ik.'],
      },
      {
        id: 'calendar.monthYear',
        pattern: '{month} {#year}',
        match: ['Ik ben klaar [maart 2027].'],
        noMatch: ['In maart begin ik.'],
      },
      {
        id: 'calendar.monthAbbrevInformal',
        pattern: 'in|voor|eind|uiterlijk {month}',
        match: ['presentatie geven op teamdag [in sept] over de werkwijze.'],
      },
      {
        id: 'calendar.quarter',
        pattern: '{deadlinePrep?} {periodEdge?} {#quarter} {#year?}',
        match: ['[Eind Q3] rond ik de leergang af.', 'Ik verhoog de bonwaarde [voor eind Q4].', 'We brengen het [in Q3] terug.', '[In Q1] automatiseer ik de export.', '[Uiterlijk eind Q1] heb ik het in beeld.'],
      },
      {
        id: 'calendar.quarterWord',
        pattern: '{deadlinePrep?} {periodEdge?} het? {ordinalWord} kwartaal',
        match: ['[In het tweede kwartaal] begeleid ik drie leerlingen.', '[In het derde kwartaal] worden alle teams getraind.'],
      },
      {
        id: 'period.within',
        pattern: '{withinPrep} {next?} {#int} {timeUnit}',
        match: ['[Binnen 3 maanden] migreer ik de rapportages.', '[Binnen 2 wkn] stuur ik de offerte.', '[Binnen 8 weken] heb ik afspraken vastgelegd.'],
      },
      {
        id: 'period.withinWords',
        pattern: '{withinPrep} {next?} {count} {timeUnit}',
        match: ['[Binnen drie maanden] heb ik de cursus afgerond.', '[Over twee weken] heb ik de eerste versie klaar.', '[In de komende zes weken] bel ik elke vrijdag.', '[Binnen anderhalf jaar] ben ik klaar.'],
      },
      {
        id: 'period.withinFew',
        pattern: '{withinPrep} {next?} {fewCount} {timeUnit}',
        match: ['[Binnen een maand] kan ik de bar openen.', '[Binnen een half jaar] wil ik zelfstandig zijn.', '[Over een paar maanden] wil ik me zekerder voelen.', 'Ik wil het [binnen nu en een paar weken] doen.', '[Binnen een halfjaar] twee nieuwe taken.'],
      },
      {
        id: 'period.withinHalf',
        pattern: 'binnen|in het|een half jaar',
        match: ['Ik haal mijn certificaat [binnen het half jaar].'],
      },
      {
        id: 'period.long',
        pattern: '{count} {timeUnit} lang',
        match: ['[Acht weken lang] houd ik bij hoeveel tijd ik besteed.'],
      },
      {
        id: 'period.coming',
        pattern: 'de|het? {next} {count?} {timeUnit}',
        match: ['[De komende zes maanden] schrijf ik een blog.', 'Ik ga [de komende twee maanden] vaker reviewen.', '[Het komende halfjaar] volg ik een les.', 'Ik ga [de komende weken] de software leren kennen.', '[Komende maand] worden de blussers gecontroleerd.'],
        noMatch: ['Ik ga de komende periode vaker overleggen.'],
      },
      {
        id: 'period.comingDigits',
        pattern: 'de|het? {next} {#int} {timeUnit}',
        match: ['[De komende 4 weken] oefen ik dagelijks.'],
      },
      {
        id: 'period.gedurende',
        pattern: 'gedurende|tijdens de|het? {next?} {count} {timeUnit}',
        match: ['Ik begeleid hem [gedurende drie maanden].'],
      },
      {
        id: 'period.firstMonths',
        pattern: 'gedurende|tijdens|in|binnen zijn|haar|hun|mijn eerste {count?} {timeUnit}',
        match: ['Ik begeleid één collega [gedurende zijn eerste drie maanden].', 'Ze krijgen [binnen hun eerste maand] een training.', 'Ik train elke caissière [in haar eerste week].'],
      },
      {
        id: 'anchor.relative',
        pattern: '{deadlinePrep?} {relative} {anchorNoun}',
        match: ['Ik schrijf [dit kwartaal] twee blogs.', '[Volgend jaar] wil ik groeien.', '[Dit najaar] iets met mijn gezondheid.', 'Ik ga [dit voorjaar] aan mijn conditie werken.', '[Het komende jaar] wil ik meer rust.', '[Deze zomer] wil ik het beter aankunnen.'],
        noMatch: ['Ik ga de komende periode vaker overleggen.'],
      },
      {
        id: 'anchor.edgeRelative',
        pattern: '{deadlinePrep?} {periodEdge} {relative} {anchorNoun}',
        match: ['[Eind dit jaar] wil ik beter in mijn vel zitten.', '[Voor eind volgend jaar] wil ik meer grip.', 'Ik wil [tot eind dit jaar] oefenen.'],
      },
      {
        id: 'anchor.endOf',
        pattern: '{deadlinePrep?} {periodEdge} {periodDet} {periodNoun}',
        match: ['Ik schrijf het verslag [voor het einde van het boekjaar].', '[Tot eind van het jaar] lees ik elke maand een boek.', '[Eind van de maand] stuur ik de nieuwsbrief.', 'We houden [tot het einde van het jaar] een stand-up.'],
      },
      {
        id: 'anchor.yearEnd',
        pattern: '{deadlinePrep?} {yearEnd}',
        match: ['Ik wil [voor eind van het jaar] klaar zijn.', 'Het staat [ultimo] in de boeken.'],
      },
      {
        id: 'anchor.season',
        pattern: '{deadlinePrep} het|de? {season} {#year?}',
        match: ['Ik volg [voor de zomer] de e-learning.', '[In het voorjaar] rond ik de module af.', '[Tot de zomer] lees ik elke maand een boek.', 'Ik zwem [tot de zomer] twee keer per week.', 'iets met m\'n Engels, [iig voor de zomer].'],
        noMatch: ['Ik hou van de zomer.'],
      },
      {
        id: 'anchor.seasonOf',
        pattern: 'het|de? {season} van {#year}',
        match: ['In [het voorjaar van 2028] begin ik aan de master.'],
      },
      {
        id: 'anchor.holiday',
        pattern: '{holidayPrep} de? {holiday}',
        match: ['[Voor de zomervakantie] heb ik het examen gehaald.', '[Vóór de kerstvakantie] handel ik alle meldingen af.', '[Tegen de kerst] heb ik het verslag klaar.', '[Uiterlijk met Koningsdag] lever ik op.', 'Ik haal [voor de bouwvak] mijn diploma.', '[Rond Pinksteren] rond ik de module af.'],
      },
      {
        id: 'anchor.half',
        pattern: '{deadlinePrep?} de {half} helft van het|dit|volgend {anchorNoun}',
        match: ['Twee diploma\'s [in de eerste helft van het jaar].', 'Ik wil het [in de tweede helft van dit jaar] doen.'],
      },
      {
        id: 'anchor.firstHalfYear',
        pattern: '{deadlinePrep?} het {ordinalWord} halfjaar|kwartaal',
        match: ['[In het eerste halfjaar] twee diploma\'s halen.'],
      },
      {
        id: 'anchor.event',
        pattern: '{eventPrep} {eventDet?} {upcoming?} {event}',
        match: ['[Voor de volgende release] documenteer ik alle endpoints.', '[Uiterlijk vóór de volgende teamdag] deel ik de uitkomsten.', '[Voor de audit] in mei.', '[Voor het volgende ontwikkelgesprek] voer ik drie gesprekken.', '[Voor de Black Friday-actie] richt ik de etalage in.', 'Ik maak [vóór de start] van het project een plan.'],
        noMatch: ['Ik woon de vergadering bij.'],
      },
      {
        id: 'anchor.eventMonth',
        pattern: '{eventPrep?} de|het {event} van|in {month}',
        match: ['Ik schrijf [voor de kwartaalreview in oktober] een plan.', '[Voor de gemeenteraadsvergadering van september] lever ik de brief aan.'],
      },
      {
        id: 'calendar.year',
        pattern: '{deadlinePrep} {#year}',
        match: ['[In 2027] haal ik mijn rijbewijs.', 'Ik verlaag het [voor 2028].'],
        noMatch: ['Ik heb 2027 redenen.'],
      },
      {
        id: 'calendar.yearEdge',
        pattern: '{deadlinePrep?} {periodEdge} {#year}',
        match: ['Ik verlaag de afhandeltijd [voor eind 2027].', 'Het is klaar [vóór eind 2027].'],
      },
      {
        id: 'calendar.yearField',
        pattern: '{fieldLabel}: {#year}',
        match: ['Doel: persoonlijke effectiviteit. [Termijn: 2027].'],
      },
      {
        id: 'calendar.week',
        pattern: '{deadlinePrep?} week|wk {#int}',
        match: ['Ik zet [in week 12] de instructie op intranet.', '[Tot en met week 40] beantwoord ik alle vragen.', 'Observeren door de teamleider, [t/m week 26].', '[Uiterlijk in week 45] is iedereen ingeroosterd.'],
      },
      {
        id: 'calendar.weekday',
        pattern: '{weekdayPrep} {weekday}',
        match: ['Ik sorteer [voor vrijdag] alle retouren.', '[Komende zaterdag] zet ik de route uit.', 'Ik lever het [aanstaande maandag] in.'],
        noMatch: ['Ik geef les op dinsdag.'],
      },
      {
        id: 'calendar.dayWord',
        pattern: '{dayWord}',
        match: ['Ik stuur het [morgen].'],
      },
      {
        id: 'calendar.ordinalDay',
        pattern: '{deadlinePrep?} de {ordinalWord} van {month}',
        match: ['Ik wil [vóór de eerste van juli] mijn diploma hebben.', '[Op de eerste van maart] presenteer ik het voorstel.'],
      },
      {
        id: 'calendar.ordinalWeek',
        pattern: '{deadlinePrep?} de {ordinalWord} week|helft van {month} {#year?}',
        match: ['Ik organiseer [in de laatste week van juni] een lunch.', 'Ik lever het op [vóór de laatste week van augustus].'],
      },
      {
        id: 'calendar.weekBefore',
        pattern: 'in de week voor|na de? {holiday}',
        match: ['[In de week voor de herfstvakantie] organiseer ik een ouderavond.'],
      },
      {
        id: 'anchor.probation',
        pattern: 'binnen|tijdens|in mijn|de proeftijd',
        match: ['[Tijdens mijn proeftijd] loop ik mee met een monteur.'],
      },
      {
        id: 'anchor.sprint',
        pattern: 'in|tijdens|voor|binnen sprint {#int}',
        match: ['[In sprint 14] schrijf ik unittests.'],
      },
      {
        id: 'anchor.sprints',
        pattern: 'binnen|in {count} sprints',
        match: ['Ik lever [binnen twee sprints] een prototype op.'],
      },
      {
        id: 'anchor.whole',
        pattern: '{whole} {anchorNoun}',
        match: ['Ik beantwoord [het hele kwartaal] alle mails binnen een dag.', '[De rest van het schooljaar] geef ik bijles.'],
      },
      {
        id: 'anchor.throughout',
        pattern: '{throughout}',
        match: ['[Het hele jaar door] bel ik onze klanten.'],
      },
      {
        id: 'anchor.monthWhole',
        pattern: 'tijdens|in|gedurende de maand {month}',
        match: ['[Tijdens de maand april] draai ik vijf diensten mee.', '[In de maand mei] geef ik twee gastlessen.'],
      },
      {
        id: 'anchor.monthPair',
        pattern: 'in {month} en {month}',
        match: ['[In februari en maart] zit ik als notulist bij de vergaderingen.'],
      },
    ],
    vagueTime: [
      {
        id: 'vagueTime.word',
        pattern: '{vagueTime}',
        match: ['[Binnenkort] een cursus volgen.', '[Ooit] wil ik een boek schrijven.', '[Zo snel mogelijk] iets doen aan stress.', '[Vanaf nu] stuur ik een verslag.', '[De komende periode] ga ik vaker overleggen.', '[Tzt] wil ik doorgroeien.', '[zsm] een cursus doen.'],
      },
      {
        id: 'vagueTime.afterEvent',
        pattern: '{afterPrep} de|het {afterEvent}',
        match: ['[Na de verhuizing] ga ik mijn werkplek anders inrichten.'],
        noMatch: ['Na de zomer begeleid ik een collega.'],
      },
    ],
    frequency: [
      {
        id: 'frequency.timesPer',
        pattern: '{#int} {timesWord} {perWord} {freqUnit}',
        match: ['Ik oefen [3 keer per week].'],
      },
      {
        id: 'frequency.timesPerWords',
        pattern: '{freqCount} {timesWord} {perWord} {freqUnit}',
        match: ['Ik oefen [drie keer per week] Duits.', 'Misschien [een keer per maand] een kennissessie.', 'Ik coach [twee keer per maand] een docent.'],
      },
      {
        id: 'frequency.glued',
        pattern: '{#int}x {perWord} {freqUnit}',
        match: ['Ik train [3x per week].'],
      },
      {
        id: 'frequency.every',
        pattern: '{freqEvery} {count?} {freqUnit}',
        match: ['Ik lees [elke week] een artikel.', 'Ik houd [elke dag] bij hoeveel tijd ik besteed.', '[Om de week] bel ik.'],
      },
      {
        id: 'frequency.everyPlural',
        pattern: '{freqEvery} {count} {freqUnits}',
        match: ['Ik leid [elke twee weken] de retrospective.', '[Om de twee weken] overleg ik.'],
      },
      {
        id: 'frequency.everyDay',
        pattern: '{freqEvery} {weekday}',
        match: ['Ik bel [elke vrijdag] drie oud-klanten.', '[Iedere maandag] houden we een stand-up.'],
      },
      {
        id: 'frequency.everyThing',
        pattern: '{freqEvery} {#word}',
        match: ['Ik vraag [na elk klantgesprek] feedback.', 'Ik train [elke nieuwe] caissière.', 'Ik geef [elke dinsdagmiddag] bijles.', '[Bij elk werkoverleg] breng ik een voorstel in.'],
      },
      {
        id: 'frequency.adverb',
        pattern: '{freqAdverb}',
        match: ['Ik oefen [dagelijks] twintig minuten.', 'Ik begeleid [wekelijks] een stagiair.'],
      },
      {
        id: 'frequency.duration',
        pattern: '{durationCount} {durationUnit} {perWord} {freqUnit}',
        match: ['Ik werk [één middag per week] aan het project.', 'Ik werk [drie dagen per week] op locatie.'],
      },
      {
        id: 'frequency.durationDigits',
        pattern: '{#number} {durationUnit} {perWord} {freqUnit}',
        match: ['Ik ga [10 uur per maand] besteden aan scholing.'],
      },
      {
        id: 'frequency.everyDuration',
        pattern: '{freqEvery} {freqUnit} {durationCount} {durationUnit}',
        match: ['Ik ga [elke dag een half uur] aan mijn ontwikkeling werken.', '[Elke week twee uur] iets nieuws leren.'],
      },
      {
        id: 'frequency.firstWeekday',
        pattern: 'iedere|elke eerste {weekday} van de maand',
        match: ['Ik bel [iedere eerste maandag van de maand] onze klanten.'],
      },
    ],
    quantity: [
      {
        id: 'quantity.percent',
        pattern: '{#percent}',
        match: ['Verlaag het foutpercentage met [20%].', 'Van [1,2%] naar [0,5%].'],
      },
      {
        id: 'quantity.percentWord',
        pattern: '{#number} {percentWord}',
        match: ['Ik wil [5 procent] meer halen.'],
      },
      {
        id: 'quantity.percentWords',
        pattern: '{count} {percentWord}',
        match: ['Minimaal [tien procent] beter.', '[honderd procent] van de dossiers.'],
      },
      {
        id: 'quantity.money',
        pattern: '{#money}',
        match: ['Ik spaar [€150] per maand.', 'Een budget van [€ 500].'],
      },
      {
        id: 'quantity.moneyWord',
        pattern: '{#number} {currency}',
        match: ['Ik spaar elke maand [150 euro].', 'Van 23 naar [26 euro].'],
      },
      {
        id: 'quantity.count',
        pattern: '{#number} {#word}',
        match: ['Ik interview [5 klanten].', 'Ik lees [12 boeken].', 'Ik wil [10 kilo] afvallen.', 'Ik loop de [16 km] binnen [90 minuten].', 'Dat zijn [40 werkprocessen].'],
      },
      {
        id: 'quantity.countWords',
        pattern: '{count} {#word}',
        match: ['Ik begeleid [twee nieuwe] collega\'s.', 'Ik lees [vier vakboeken].', 'Ik wil [drie dingen] leren.', 'Ik lees [één managementboek].'],
      },
      {
        id: 'quantity.hyphen',
        pattern: '{#int}-{#word}',
        match: ['Een [60-kilometer] route.'],
      },
      {
        id: 'quantity.bound',
        pattern: '{bound} {#number}',
        match: ['Ik haal [minimaal 7].', 'Ik breng het terug [tot onder de 50].', 'Het daalt [naar minder dan 25].'],
      },
      {
        id: 'quantity.boundWords',
        pattern: '{bound} {count}',
        match: ['Ik wil [minimaal twee] opleidingen afronden.', '[Minstens vier] keer per jaar.'],
      },
      {
        id: 'quantity.all',
        pattern: '{allWord} {#word}',
        match: ['Ik label [alle pallets].', 'Ik handel [alle openstaande] meldingen af.'],
      },
      {
        id: 'quantity.ratio',
        pattern: '{ratio}',
        match: ['Ik wil de wachttijd [halveren].', 'Het aantal is [verdubbeld].'],
      },
      {
        id: 'quantity.zero',
        pattern: '{zero} {zeroNoun}',
        match: ['Terug naar [nul fouten].', '[Geen klachten meer].'],
      },
      {
        id: 'quantity.zeroPhrase',
        pattern: '{zeroPhrase}',
        match: ['[Niet meer te laat komen] bij de overdracht.', 'Er is [geen enkele] fout.'],
      },
      {
        id: 'quantity.range',
        pattern: '{rangeFrom} {#number} {rangeTo} {#number}',
        match: ['De score gaat [van 7,2 naar 8].', 'Verzuim [van 7 naar 5] procent.'],
      },
      {
        id: 'quantity.rangeWords',
        pattern: '{rangeFrom} {count} {rangeTo} {count}',
        match: ['Ik verlaag de afhandeltijd [van vijf naar drie] werkdagen.', 'De procedure [van tien naar vier] stappen.'],
      },
      {
        id: 'quantity.target',
        pattern: '{target} {#number}',
        match: ['Mijn typsnelheid verhogen [naar 60] woorden per minuut.', 'Het stijgt [naar 90]%.'],
      },
      {
        id: 'quantity.grade',
        pattern: '{gradePrep} {bound?} {#number}',
        match: ['Ik haal [minimaal een 7].', 'Ik slaag [met een 8].'],
        noMatch: ['Ik bel een aantal klanten.'],
      },
      {
        id: 'quantity.gradeOf',
        pattern: '{grade} van {bound?} {#number}',
        match: ['Een [cijfer van minimaal 7].', 'Een [gemiddelde van 4,5] sterren.'],
      },
    ],
    feeling: [
      {
        id: 'feeling.times',
        pattern: '{count} keer zo {feeling}',
        match: ['Ik wil dat mijn leerlingen [twee keer zo gemotiveerd] zijn.', 'Ik wil [twee keer zo zelfverzekerd] zijn.'],
      },
      {
        id: 'feeling.percent',
        pattern: '{#percent} {moreLess?} {feeling}',
        match: ['Ik wil [40% rustiger] zijn.', 'Ik wil [80% tevreden] zijn.'],
      },
      {
        id: 'feeling.percentFor',
        pattern: 'voor {#percent} {feeling}',
        match: ['[Voor 80% tevreden] zijn met mijn werk.'],
      },
    ],
    outcome: [
      {
        id: 'outcome.pass',
        pattern: '{passOutcome}',
        match: ['Ik heb de cursus [met een voldoende] afgesloten.', 'Ik rond het af [met goed gevolg].'],
      },
      {
        id: 'outcome.independent',
        pattern: '{independent}',
        match: ['Ik kan [zelfstandig] de maandafsluiting doen.', 'Ik doe het [zonder hulp] van mijn leidinggevende.'],
      },
      {
        id: 'outcome.level',
        pattern: '{levelWord} {#level}',
        match: ['Ik spreek Duits [op niveau B2].', 'Een gesprek voeren [op niveau A2].'],
      },
      {
        id: 'outcome.levelAfter',
        pattern: '{#level}-niveau',
        match: ['Ik haal het [B1-niveau].'],
      },
      {
        id: 'outcome.state',
        pattern: '{copula} {state}',
        match: ['De maandafsluiting [is klaar].', 'Mijn eerste aflevering [staat online].', 'Het dashboard [staat live].'],
      },
      {
        id: 'outcome.ready',
        pattern: '{ready}',
        match: ['Ik wil het plan voor mei [klaar hebben].', 'Over twee weken heb ik de eerste versie [klaar.]'],
      },
      {
        id: 'outcome.exists',
        pattern: '{exists}',
        match: ['Uiterlijk 1 dec. [ligt er een] voorstel bij de teamleider.'],
      },
      {
        id: 'outcome.approval',
        pattern: '{approval}',
        match: ['Ik krijg [positieve feedback] van de klant.', 'Het plan is [goedgekeurd door] de directie.'],
      },
    ],
    vagueFrame: [
      {
        id: 'vague.frame',
        pattern: '{vagueFrame}',
        match: ['[Werken aan] mijn leiderschapsvaardigheden.', 'Ik wil [beter worden in] feedback geven.', 'Ik wil [mezelf verder ontwikkelen].', 'Ik wil mijn carrière [een boost geven].', 'Volgend jaar wil ik [een stap maken].', '[Beter omgaan met] kritiek.'],
      },
      {
        id: 'vague.doWith',
        pattern: '{vagueDo} {#word} {#word?} {doWord}',
        match: ['Ik wil [iets met communicatie doen].', 'Ik wil [iets met mijn LinkedIn-profiel doen].'],
      },
    ],
    placeholder: [
      {
        id: 'placeholder.phrase',
        pattern: '{placeholder}',
        match: ['[Het oppakken] van de achterstanden.', 'Voor de zomer [het oppakken].'],
      },
    ],
    hedge: [
      {
        id: 'hedge.word',
        pattern: '{hedge}',
        match: ['[Misschien] ga ik ooit een cursus volgen.', 'Ik ga [proberen] beter te luisteren.', '[Hopelijk] haal ik het rijbewijs.', 'Meer omzet, [als het lukt].', '[Eventueel] kijken naar een coach.'],
      },
    ],
    vagueQuantity: [
      {
        id: 'vagueQuantity.word',
        pattern: '{vagueQuantity}',
        match: ['[Meer] feedback vragen aan [een aantal] collega\'s.', 'Ik wil [wat vaker] presentaties geven.', '[Een beetje] assertiever worden.'],
      },
    ],
    vagueObject: [
      {
        id: 'vagueObject.word',
        pattern: '{vagueObject}',
        match: ['Ik wil [iets] met communicatie.', 'Zorgen dat [dingen] beter lopen.', 'Een aantal [dingen] oppakken.'],
      },
    ],
    identifier: [
      {
        id: 'identifier.numbered',
        pattern: '{idNoun} {#int}',
        match: ['Ik label de pallets in [hal 3].', 'Een lessenserie voor [groep 7].', 'De module [Statistiek 2].', 'De auditorcursus [ISO 9001].'],
      },
      {
        id: 'identifier.clock',
        pattern: '{atWord} {#time} {clock}',
        match: ['Elke maandag [om 9 uur] een stand-up.', 'Open [tot 12 uur].'],
      },
    ],
    practice: [
      {
        id: 'practice.word',
        pattern: '{practice}',
        match: ['Ik volg de cursus en ga het [toepassen] [in mijn team].', 'Ik bespreek het met een [collega].'],
      },
    ],
    training: [
      {
        id: 'training.word',
        pattern: '{training}',
        match: ['Ik volg een [cursus].', 'Een [webinar] en een [masterclass].'],
      },
    ],
  },
  verbs: [
    {
      class: 'produce',
      verbs: [
        'schrijven:schrijf:geschreven', 'op|schrijven:schrijf:geschreven', 'op|stellen', 'maken', 'bouwen', 'ontwerpen:ontwerp:ontworpen', 'op|leveren', 'aan|leveren', 'in|leveren',
        'af|leveren', 'in|dienen', 'presenteren', 'geven:geef:gegeven', 'houden:houd:gehouden', 'leiden', 'voor|zitten:zit:gezeten', 'organiseren', 'verzorgen', 'faciliteren', 'voeren',
        'publiceren', 'versturen', 'sturen', 'door|sturen', 'af|sluiten:sluit:gesloten', 'sluiten:sluit:gesloten', 'lanceren', 'op|zetten', 'samen|stellen', 'uit|werken', 'samen|vatten',
        'vast|leggen', 'documenteren', 'beschrijven:beschrijf:beschreven', 'in kaart|brengen:breng:gebracht', 'vertalen', 'herschrijven:herschrijf:herschreven', 'bij|werken', 'aan|passen',
        'digitaliseren', 'automatiseren', 'migreren', 'implementeren', 'in|voeren', 'installeren', 'vervangen:vervang:vervangen', 'uit|faseren', 'af|handelen', 'op|lossen', 'beantwoorden',
        'labelen', 'sorteren', 'in|boeken', 'boeken', 'in|plannen', 'plannen', 'in|roosteren', 'in|richten', 'in|delen', 'op|hangen:hang:gehangen', 'delen', 'verspreiden', 'testen',
        'analyseren', 'evalueren', 'inventariseren', 'over|nemen:neem:genomen', 'aan|nemen:neem:genomen', 'werven', 'in|werken', 'in|schrijven:schrijf:geschreven',
        'aan|vragen:vraag:gevraagd', 'starten', 'beginnen:begin:begonnen', 'af|letteren', 'uit|zetten', 'klaar|zetten', 'notuleren', 'voor|leggen', 'aan|bieden:bied:geboden',
        'restylen', 'solliciteren', 'zetten', 'plaatsen', 'regelen', 'laten|zien:zie:gezien', 'op|ruimen', 'in|vullen', 'uit|voeren', 'uit|rollen', 'live|zetten', 'verzenden:verzend:verzonden', 'bakken', 'verkopen:verkoop:verkocht', 'bedenken:bedenk:bedacht',
        'op|richten', 'toe|voegen', 'mailen', 'uit|proberen', 'her|schikken', 'op|bouwen', 'op|doen:doe:gedaan', 'uit|geven:geef:gegeven', 'af|spreken:spreek:gesproken',
        'in|brengen:breng:gebracht', 'op|leiden', 'digitaal|maken', 'uit|brengen:breng:gebracht',
      ],
      examples: [
        'Ik [schrijf] twee blogs.', 'Ik ga het [opschrijven].', 'Ik [stel] een plan [op].', 'Ik [maak] een inwerkmap.', 'Ik [bouw] een dashboard.', 'Ik [ontwerp] een formulier.', 'Ik [lever] een prototype [op].',
        'Ik [lever] de brief [aan].', 'Ik [lever] het concept [in].', 'Ik [lever] de pakketten [af].', 'Ik [dien] een voorstel [in].', 'Ik [presenteer] de resultaten.', 'Ik [geef] een workshop.',
        'Ik [houd] een evaluatiegesprek.', 'Ik [leid] een intervisiebijeenkomst.', 'Ik [zit] het overleg [voor].', 'Ik [organiseer] een ouderavond.', 'Ik [verzorg] de dagopening.', 'Ik [faciliteer] de retro.',
        'Ik [voer] een loopbaangesprek.', 'Ik [publiceer] een artikel.', 'Ik [verstuur] de nieuwsbrief.', 'Ik [stuur] de offerte.', 'Ik [stuur] het [door].', 'Ik [sluit] drie contracten [af].',
        'Ik [sluit] de overeenkomst.', 'We [lanceren] de app.', 'Ik [zet] een dashboard [op].', 'Ik [stel] een team [samen].', 'Ik [werk] de kaart [uit].', 'Ik [vat] de procedure [samen].',
        'Ik [leg] de afspraken [vast].', 'Ik [documenteer] alle endpoints.', 'Ik [beschrijf] de storingen.', 'Ik ga de klantenstroom [in kaart brengen].', 'Ik [vertaal] de gids.', 'Ik [herschrijf] de mail.',
        'Ik [werk] de handleiding [bij].', 'Ik [pas] de prijzen [aan].', 'Ik [digitaliseer] het archief.', 'Ik [automatiseer] de export.', 'Ik [migreer] de rapportages.', 'We [implementeren] het rooster.',
        'Ik [voer] het systeem [in].', 'Ik [installeer] de software.', 'Ik [vervang] de verlichting.', 'We gaan de servers [uitfaseren].', 'Ik [handel] de meldingen [af].', 'Ik [los] de storingen [op].',
        'Ik [beantwoord] alle vragen.', 'Ik ga de pallets [labelen].', 'Ik [sorteer] de retouren.', 'Ik [boek] ze [in].', 'Ik [boek] de zaal.', 'Ik [plan] het gesprek [in].', 'Ik [plan] een gesprek.',
        'Ik [rooster] iedereen [in].', 'Ik [richt] de etalage [in].', 'Ik [deel] de rekken [in].', 'Ik [hang] de poster [op].', 'Ik [deel] de uitkomsten.', 'Ik [verspreid] de folder.', 'Ik [test] de app.',
        'Ik [analyseer] de cijfers.', 'Ik [evalueer] de pilot.', 'Ik [inventariseer] de processen.', 'Ik [neem] de inkoop [over].', 'Ik [neem] twee monteurs [aan].', 'Ik [werf] vijf vrijwilligers.',
        'Ik [werk] drie kelners [in].', 'Ik [schrijf] me [in].', 'Ik [vraag] een subsidie [aan].', 'Ik [start] met de opleiding.', 'Ik [begin] aan de master.', 'De afschriften zijn [afgeletterd].',
        'Ik [zet] de route [uit].', 'Ik [zet] de operatiekamer [klaar].', 'Ik [notuleer] het overleg.', 'De nota is [voorgelegd].', 'Ik [bied] het plan [aan].', 'Ik ga de kaart [restylen].', 'Ik [solliciteer] op de functie.', 'Ik [zet] het bord neer.', 'Ik [plaats] de vacature.', 'Ik [regel] een cursus voor het team.', 'Ik ga mijn werk [laten] [zien] aan de teamleider.',
        'Ik [ruim] het archief [op].', 'Ik [vul] de registratie [in].', 'Ik [voer] de audit [uit].', 'We [rollen] de app [uit].', 'Ik [zet] het [live].', 'Ik [verzend] de pakketten.', 'Ik ga veertig broden [bakken].',
        'Ik [verkoop] de broden.', 'Ik [bedenk] drie gerechten.', 'Ik [richt] een werkgroep [op].', 'Ik [voeg] de lijst [toe].', 'Ik [mail] de klant.', 'Ik ga de tool [uitproberen].', 'Ik ga de rekken [herschikken].',
        'Ik heb een netwerk [opgebouwd].', 'Ik heb ervaring [opgedaan].', 'Ik [geef] het boek [uit].', 'Ik [spreek] met de teamleider [af].', 'Ik [breng] een voorstel [in].', 'Ik [leid] drie collega\'s [op].',
        'Ik ga het [samenvatten].', 'Ik [maak] het archief [digitaal].', 'Ik [breng] een advies [uit].',
      ],
    },
    {
      class: 'pass',
      verbs: ['af|ronden', 'behalen', 'halen', 'slagen', 'af|leggen?', 'doen?:doe:gedaan:doet', 'af|studeren', 'certificeren', 'scoren', 'binnen|halen', 'voltooien', 'af|maken', 'af|sluiten?:sluit:gesloten'],
      examples: [
        'Ik [rond] de cursus [af].', 'Ik wil het certificaat [behalen].', 'Ik [haal] mijn rijbewijs.', 'Ik wil [slagen] voor het examen.', 'Ik ga het examen [afleggen].', 'Ik [doe] examen.',
        'Ik [studeer] in juni [af].', 'Ik laat me [certificeren].', 'Ik wil 10% beter [scoren].', 'Ik [haal] de opdracht [binnen].', 'Ik ga de opleiding [voltooien].', 'Ik [maak] mijn scriptie [af].',
        'Ik [sluit] de cursus [af] met een voldoende.',
      ],
    },
    {
      class: 'change',
      verbs: [
        'verhogen', 'verlagen', 'terug|brengen:breng:gebracht', 'verminderen', 'verkorten', 'halveren', 'verdubbelen', 'stijgen:stijg:gestegen', 'dalen', 'zakken', 'beperken', 'versnellen',
        'omhoog|brengen:breng:gebracht', 'omlaag|brengen:breng:gebracht', 'op|trekken:trek:getrokken', 'op|schroeven',
      ],
      examples: [
        'Ik [verhoog] de bonwaarde.', 'Ik [verlaag] de afhandeltijd.', 'We [brengen] het aantal [terug].', 'Ik wil de fouten [verminderen].', 'Ik [verkort] de doorlooptijd.', 'Ik wil de wachttijd [halveren].',
        'Ik wil het aantal [verdubbelen].', 'Het percentage [stijgt] naar 90%.', 'Het aantal incidenten [daalt] naar 25.', 'Het verzuim [zakt] naar 5%.', 'Ik [beperk] de kosten.', 'Ik [versnel] de intake.',
        'Ik [breng] de score [omhoog].', 'Ik [breng] de kosten [omlaag].', 'Ik [trek] de score [op].', 'We [schroeven] de productie [op].',
      ],
    },
    {
      class: 'attend',
      verbs: [
        'volgen~', 'bij|wonen', 'mee|lopen:loop:gelopen', 'mee|kijken:kijk:gekeken', 'mee|draaien', 'deel|nemen:neem:genomen', 'mee|doen:doe:gedaan', 'aan|schuiven', 'schaduwen',
        'doen~:doe:gedaan:doet', 'mee|gaan:ga:gegaan', 'aan|sluiten:sluit:gesloten', 'langs|gaan:ga:gegaan', 'stage|lopen:loop:gelopen', 'mee|rijden:rijd:gereden',
      ],
      examples: [
        'Ik [volg] de training.', 'Ik [woon] het congres [bij].', 'Ik [loop] twee dagen [mee].', 'Ik ga [meekijken] bij de nachtdienst.', 'Ik [draai] vijf diensten [mee].', 'Ik [neem] drie keer [deel].',
        'Ik [doe] [mee] aan twee hackathons.', 'Ik [schuif] [aan] bij het overleg.', 'Ik [schaduw] een accountmanager.', 'Zsm een cursus [doen].', 'Ik [ga] [mee] met de accountmanager.',
        'Ik [sluit] [aan] bij het overleg.', 'Ik [ga] [langs] bij de klant.', 'Ik ga [stagelopen] bij de gemeente.', 'Ik [rijd] een dag [mee].',
      ],
    },
    {
      class: 'learn',
      verbs: [
        'leren', 'kennen:ken:gekend', 'kennis|maken', 'bekend|raken:raak:geraakt', 'vertrouwd|raken:raak:geraakt', 'verdiepen', 'in|lezen:lees:gelezen', 'oriënteren', 'orienteren', 'verkennen', 'onderzoeken:onderzoek:onderzocht', 'uit|zoeken:zoek:gezocht',
        'begrijpen:begrijp:begrepen', 'bestuderen', 'eigen|maken', 'onder de knie|krijgen:krijg:gekregen', 'ontdekken', 'door|nemen:neem:genomen', 'lezen:lees:gelezen', 'bekwamen', 'uit|vinden:vind:gevonden', 'kijken:kijk:gekeken',
      ],
      examples: [
        'Ik wil [leren] programmeren.', 'Ik wil [bekend] [raken] met het CRM.', 'Ik wil [vertrouwd] [raken] met de kassa.', 'Ik wil het systeem leren [kennen].', 'Ik wil [kennismaken] met het werk.', 'Ik [verdiep] me in de Omgevingswet.', 'Ik ga me [inlezen] in het protocol.',
        'Ik [oriënteer] me op een opleiding.', 'Ik wil me [orienteren] op een functie.', 'Ik [verken] de mogelijkheden.', 'Ik [onderzoek] welke opleiding past.', 'Ik [zoek] [uit] hoe het werkt.',
        'Ik wil [begrijpen] hoe het werkt.', 'Ik ga de regels [bestuderen].', 'Ik wil me de regels [eigen maken].', 'Ik wil de basis [onder de knie krijgen].', 'Ik wil [ontdekken] wat ik wil.',
        'Ik [neem] de dossiers [door].', 'Ik [lees] vier vakboeken.', 'Ik wil me [bekwamen] in Excel.', 'Ik [vind] het [uit].', 'Ik ga [kijken] naar een coach.',
      ],
    },
    {
      class: 'event',
      verbs: [
        'bellen', 'terug|bellen', 'vragen:vraag:gevraagd', 'observeren', 'bezoeken:bezoek:bezocht', 'bespreken:bespreek:besproken', 'controleren', 'checken', 'vertellen', 'uit|leggen', 'overleggen', 'spreken:spreek:gesproken', 'terug|koppelen', 'af|stemmen', 'na|vragen:vraag:gevraagd', 'verklaren',
      ],
      examples: [
        'Ik [bel] drie klanten.', 'Vaker de klant [terugbellen].', 'Ik [vraag] feedback.', 'Ik [observeer] twee lessen.', 'Ik [bezoek] een vestiging.', 'Ik [bespreek] het portfolio.', 'Ik ga zorgvuldiger [controleren].', 'Ik ga het [checken].', 'Ik ga het [vertellen].', 'Ik ga het [uitleggen].', 'Ik ga vaker [overleggen] met de wijkagent.', 'Ik [spreek] de manager.', 'Ik [koppel] het [terug].', 'Ik [stem] het [af].', 'Ik ga vaker [navragen] hoe het gaat.', 'Ik [verklaar] de verschillen.',
      ],
    },
    {
      class: 'activity',
      verbs: [
        'oefenen', 'door|vragen:vraag:gevraagd', 'stellen', 'begeleiden', 'coachen', 'helpen:help:geholpen',
        'ondersteunen', 'trainen', 'interviewen', 'praten', 'gebruiken', 'toe|passen',
        'sporten', 'hard|lopen:loop:gelopen:hardloop', 'lopen:loop:gelopen', 'zwemmen:zwem:gezwommen', 'fietsen', 'bij|houden:houd:gehouden', 'wachten', 'onderbreken:onderbreek:onderbroken',
        'begroeten', 'wijzen:wijs:gewezen', 'verwijzen:verwijs:verwezen', 'op|nemen:neem:genomen', 'sparren', 'sleutelen', 'fotograferen', 'zeggen:zeg:gezegd',
        'uit|wisselen', 'wegwijs|maken', 'voor|bereiden', 'mee|denken:denk:gedacht', 'rouleren', 'draaien', 'in|vallen:val:gevallen', 'aan|spreken:spreek:gesproken', 'luisteren', 'delegeren', 'op|vangen:vang:gevangen',
        'na|kijken:kijk:gekeken', 'corrigeren', 'stoppen', 'spelen', 'af|vallen:val:gevallen', 'eten:eet:gegeten', 'besteden', 'laten|weten:weet:geweten', 'werken',
        'bijles|geven:geef:gegeven', 'voor|doen:doe:gedaan', 'appen', 'afstemmen', 'in|spreken:spreek:gesproken',
      ],
      examples: [
        'Ik [oefen] Spaans.', 'Ik wil vaker [doorvragen] bij cliënten.', 'Vaker open vragen [stellen].', 'Ik [begeleid] een stagiair.', 'Ik [coach] een docent.', 'Ik [help] de nieuwe collega.', 'Ik [ondersteun] het team.', 'Ik [train] elke caissière.',
        'Ik [interview] vijf klanten.', 'Ik wil vaker [praten] met de cliënt.', 'Ik ga de checklist [gebruiken].', 'Ik [pas] de technieken [toe].', 'Ik ga drie keer per week [sporten].', 'Ik [hardloop] drie keer per week.', 'Ik [loop] de 16 km.',
        'Ik [zwem] 1000 meter.', 'Ik [fiets] naar mijn werk.', 'Ik [houd] een logboek [bij].', 'Vaker [wachten] tot iedereen stil is.',
        'Minder vaak collega\'s [onderbreken].', 'Ik ga gasten vaker [begroeten].', 'Klanten vaker [wijzen] op de actie.', 'Vaker [verwijzen] naar een overleg.', 'Ik ga de telefoon vaker zelf [opnemen].',
        'Ik ga [sparren] met een mentor.', 'Zelf gaan [sleutelen].', 'Schade [fotograferen].', 'Vaker nee [zeggen].',
        'We gaan ervaringen [uitwisselen].', 'Ik ga de verbouwing [voorbereiden].', 'Ik ga de collega\'s [wegwijs maken].', 'We [denken] [mee] met de planners.', 'We gaan [rouleren].', 'Ik [draai] een dienst.', 'Ik [val] [in] op de spoedpost.',
        'Ik [spreek] collega\'s [aan].', 'Ik ga beter [luisteren].', 'Meer [delegeren].', 'Ik [vang] de nieuwe collega [op].', 'Ik [kijk] de toetsen [na].', 'Ik [corrigeer] de teksten.', 'Ik ga [stoppen] met uitstellen.', 'Ik ga [spelen].',
        'Ik wil 10 kilo [afvallen].', 'Gezonder [eten].', 'Ik ga 10 uur [besteden] aan scholing.', 'Chauffeurs vaker [laten] [weten] wanneer het uitloopt.', 'Sneller [werken].', 'Ik ga [bijles geven].', 'Ik [doe] het [voor].', 'Ik ga [appen] met de klant.', 'Ik ga [afstemmen] met de planning.', 'Ik [spreek] een bericht [in].',
      ],
    },
    {
      class: 'vague',
      verbs: [
        'verbeteren', 'ontwikkelen', 'groeien:groei:gegroeid', 'versterken', 'vergroten', 'verbreden', 'uit|breiden', 'investeren', 'focussen', 'letten:let:gelet', 'ontplooien', 'upgraden',
        'bij|blijven:blijf:gebleven', 'door|groeien:groei:gegroeid', 'communiceren', 'presteren', 'in|zetten', 'uit|stellen', 'aan|kunnen:kan:gekund', 'om|gaan:ga:gegaan', 'verrijken', 'samen|werken',
        'profileren', 'op|komen:kom:gekomen', 'genieten:geniet:genoten', 'opfrissen', 'op|frissen', 'voelen', 'leven', 'na|denken:denk:gedacht',
      ],
      examples: [
        'Ik wil mijn communicatie [verbeteren].', 'Ik wil mezelf verder [ontwikkelen].', 'Ik wil [groeien] in mijn rol.', 'Mijn kennis [versterken].', 'Mijn netwerk [vergroten].', 'Mijn kennis [verbreden].',
        'Misschien mijn netwerk [uitbreiden].', 'Ik wil [investeren] in mezelf.', 'Ik wil [focussen] op kwaliteit.', 'Ik wil [letten] op mijn houding.', 'Mezelf verder [ontplooien].', 'Mijn skills [upgraden].',
        '[Bijblijven] met trends.', 'Ik wil [doorgroeien] naar teamleider.', 'Beter [communiceren].', 'Ik wil beter [presteren].', 'Ik wil me beter [inzetten] voor de winkel.', 'Minder [uitstellen].',
        'Ik wil de drukte beter [aankunnen].', 'Beter [omgaan] met kritiek.', 'Mijn werk [verrijken].', 'Meer [samenwerken].', 'Ik wil me [profileren].', 'Vaker voor mezelf [opkomen].', 'Ik wil [genieten] van mijn werk.',
        'Mijn Engels [opfrissen].', 'Ik [fris] mijn Engels [op].', 'Ik wil me zekerder [voelen].', 'Gezonder [leven].', 'Ik ga erover [nadenken].',
      ],
    },
    {
      class: 'placeholder',
      verbs: ['op|pakken', 'aan|pakken', 'fixen'],
      examples: ['Ik ga de achterstand [oppakken].', 'Ik [pak] het [aan].', 'Ik ga het [fixen].'],
    },
    {
      class: 'light',
      verbs: [
        'hebben:heb:gehad:heeft/hebt/had/hadden', 'krijgen:krijg:gekregen', 'doen:doe:gedaan:doet/deed', 'zijn:ben:geweest:is/bent/was/waren', 'worden:word:geworden:wordt/werd/werden',
        'gaan:ga:gegaan:gaat/ging', 'komen:kom:gekomen:komt/kwam', 'zorgen', 'zitten:zit:gezeten', 'staan:sta:gestaan:staat', 'liggen:lig:gelegen:ligt', 'laten:laat:gelaten', 'blijven:blijf:gebleven',
        'nemen:neem:genomen', 'brengen:breng:gebracht', 'willen:wil:gewild:wilt', 'moeten:moet:gemoeten', 'kunnen:kan:gekund:kun/kunt', 'weten:weet:geweten', 'hoeven',
      ],
      examples: [
        'Ik wil een diploma op zak [hebben].', 'Meer grip [krijgen].', 'Iets [doen].', 'Ik wil fitter [zijn].', 'Ik [word] aanspreekpunt.', 'Ik [ga] ervoor.', 'Ik [kom] professioneel over.',
        '[Zorgen] dat het loopt.', 'Ik [zit] als notulist bij het overleg.', 'Het [staat] online.', 'Er [ligt] een voorstel.', 'Ik [laat] het observeren.', 'Ik [blijf] bezig.', 'Meer verantwoordelijkheid [nemen].', 'Ik [breng] structuur aan.', 'Ik [wil] meer rust.', 'Ik [moet] beter plannen.', 'Ik [kan] de bar openen.', 'Ik [weet] het niet.', 'Ik [hoef] niets.',
      ],
    },
  ],
  words: {
    subjects: ['ik', "'k", 'k', 'we', 'wij', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'men', 'het team', 'de afdeling', 'het hele team', 'iedereen', 'mijn team', 'de medewerker', 'medewerker'],
    auxiliaries: [
      'ga', 'gaat', 'gaan', 'wil', 'wilt', 'willen', 'wou', 'zal', 'zult', 'zullen', 'moet', 'moeten', 'kan', 'kun', 'kunt', 'kunnen', 'mag', 'mogen', 'hoop', 'probeer', 'blijf', 'laat', 'laten',
      'durf', 'hoef', 'zou', 'zouden', 'ben', 'is', 'zijn', 'word', 'wordt', 'worden', 'heb', 'heeft', 'hebben', 'te', 'ook', 'eerst', 'daarna', 'dan', 'nog', 'zelf', 'echt', 'graag', 'even',
      'ff', 'eens', 'gewoon', 'lekker', 'verder', 'weer', 'al', 'nu', 'vooral', 'idd', 'er', 'het', 'me', 'mij', 'mezelf', 'zich', 'ons', 'niet',
    ],
    passiveAuxiliaries: ['word', 'wordt', 'worden', 'werd', 'werden', 'is', 'zijn', 'ben', 'bent', 'was', 'waren', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'],
    determiners: [
      'de', 'het', 'een', 'mijn', "m'n", 'mn', 'je', 'jouw', 'zijn', "z'n", 'haar', 'ons', 'onze', 'hun', 'deze', 'die', 'dit', 'dat', 'elke', 'iedere', 'ieder', 'elk', 'alle', 'sommige',
      'enkele', 'veel', 'weinig', 'meer', 'geen', 'welke', 'wat', "zo'n", 'zulke', 'beide', 'al', "d'r",
    ],
    prepositions: [
      'in', 'op', 'aan', 'met', 'van', 'voor', 'vóór', 'bij', 'naar', 'uit', 'over', 'tot', 'door', 'onder', 'tussen', 'vanuit', 'binnen', 'na', 'sinds', 'tijdens', 'om', 'zonder', 'rond',
      'per', 'tegen', 'via', 'volgens', 'langs', 'achter', 'boven', 'buiten', 'naast', 'dankzij', 'ondanks', 'richting', 't/m', 'ipv', 'i.p.v.', 'inzake', 'omtrent', 'gedurende', 'vanaf',
    ],
    function: [
      'en', 'of', 'maar', 'dus', 'want', 'ook', 'niet', 'geen', 'wel', 'nog', 'al', 'zeer', 'heel', 'erg', 'echt', 'gewoon', 'even', 'ff', 'eens', 'graag', 'lekker', 'zelf', 'vaker', 'minder',
      'meer', 'beter', 'best', 'eerst', 'daarna', 'dan', 'toen', 'nu', 'hier', 'daar', 'er', 'erbij', 'ermee', 'eraan', 'ervan', 'erover', 'ervoor', 'het', 'hem', 'haar', 'ze', 'hen', 'hun',
      'me', 'mij', 'mezelf', 'zich', 'zichzelf', 'ons', 'jezelf', 'wat', 'wie', 'welke', 'hoe', 'waar', 'wanneer', 'waarom', 'die', 'dat', 'dit', 'deze', 'als', 'zoals', 'om', 'te', 'zo',
      'ja', 'nee', 'idd', 'iig', 'ipv', 'etc', 'bijv', 'enz', 'persoonlijk', 'actief', 'weer', 'steeds', 'altijd', 'nooit', 'vaak', 'soms', 'meestal', 'verder', 'samen', 'opnieuw', 'direct',
      'meteen', 'vooral', 'ongeveer', 'bijna', 'helemaal', 'allemaal', 'allebei', 'nieuwe', 'nieuw', 'eigen', 'andere', 'zoals besproken', 'besproken', 'zodat', 'omdat', 'terwijl',
      'alleen', 'eventjes', 'liever', 'sowieso', 'ook nog', 'daarbij', 'daarvoor', 'hierbij', 'ieder', 'iedere', 'elk', 'elke', 'keer', 'maal', 'tijd', 'manier', 'minimaal', 'minstens', 'maximaal', 'hooguit', 'ruim', 'precies', 'tenminste', 'hoogstens',
    ],
    purpose: ['om', 'zodat', 'opdat', 'met als doel', 'teneinde', 'zodat ik', 'zodat we', 'om zo'],
    method: ['door', 'via', 'middels', 'met behulp van', 'door middel van', 'door te'],
    clauseOpeners: [
      'en', 'of', 'maar', 'want', 'dus', 'daarna', 'vervolgens', 'en daarna', 'omdat', 'doordat', 'terwijl', 'als', 'wanneer', 'indien', 'zodra', 'voordat', 'nadat', 'totdat', 'waarbij',
      'waarin', 'waarmee', 'die', 'dat', 'welke', 'hoe', 'wat', 'waar', 'in plaats van', 'ipv', 'i.p.v.', 'zodat', 'en dan', 'daarnaast', 'bovendien',
    ],
    abstract: [
      'communicatie', 'samenwerking', 'kennis', 'vaardigheden', 'vaardigheid', 'skills', 'zelfvertrouwen', 'ontwikkeling', 'carrière', 'rol', 'netwerk', 'gezondheid', 'conditie', 'balans',
      'werk-privébalans', 'structuur', 'verantwoordelijkheid', 'productiviteit', 'motivatie', 'leiderschap', 'leiderschapsvaardigheden', 'timemanagement', 'uitstraling', 'assertiviteit',
      'effectiviteit', 'groei', 'mindset', 'houding', 'overzicht', 'grip', 'aandacht', 'focus', 'kwaliteit', 'prestaties', 'potentieel', 'expertise', 'competentie', 'competenties',
      'professionaliteit', 'rust', 'stress', 'energie', 'plezier', 'werk', 'baan', 'organisatie', 'mensen', 'trends', 'sfeer', 'ict', 'technologie', 'feedback', 'dingen', 'onderwerpen',
      'mogelijkheden', 'opties', 'waardering', 'perspectief', 'prioriteiten', 'ervaring', 'informatie', 'inzicht', 'stap', 'stappen', 'verandering', 'verschil', 'impact', 'engels',
      'data', 'cijfers', 'kritiek', 'conflicten', 'drukte', 'positie', 'ding', 'manier', 'succes', 'waarde', 'zichtbaarheid', 'initiatief', 'eigenaarschap', 'welzijn', 'geluk', 'mening',
      'stem', 'ideeën', 'boost', 'presentatievaardigheden', 'gespreksvaardigheden', 'agenda', 'hoofd', 'vel', 'duurzaamheid', 'statistiek', 'data-analyse', 'functie', 'vak', 'taken',
      'functioneren', 'gedrag', 'klantgerichtheid', 'jaar', 'maand', 'week', 'vorig', 'samenwerken', 'kant', 'tijd', 'dag', 'verantwoordelijkheden', 'leidinggevende', 'verpleegkundige', 'professional',
      'thuiswerken', 'werkplek', 'schuld', 'start', 'fouten', 'verbetering', 'verbeteringen', 'vooruitgang', 'procent',
    ],
    vehicles: [
      'cursus', 'training', 'opleiding', 'leergang', 'module', 'e-learning', 'workshop', 'masterclass', 'webinar', 'seminar', 'scholing', 'les', 'diploma', 'certificaat', 'certificering',
      'examen', 'toets', 'tentamen', 'rijbewijs', 'studie', 'coachtraject', 'traject', 'programma', 'bootcamp', 'bijscholing', 'herhaling', 'webinarreeks', 'deeltijdopleiding',
    ],
    genericModifiers: [
      'nieuwe', 'nieuw', 'online', 'korte', 'lange', 'interne', 'externe', 'goede', 'leuke', 'extra', 'eerste', 'volgende', 'verplichte', 'hbo', 'mbo', 'wo', 'bachelor', 'master', 'post-hbo',
      'deeltijd', 'voltijd', 'relevante', 'nuttige', 'interessante', 'aanvullende', 'een', 'de', 'het', 'twee', 'drie', 'mijn', "zo'n", 'andere', 'meer', 'enkele', 'vervolg', 'passende',
      'geschikte', 'erbij', 'aantal', 'hbo-diploma', 'certificaten', 'opleidingen', 'cursussen', 'trainingen', 'examens', 'diploma\'s', 'nog', 'minimaal', 'minstens', 'vijf', 'vier', 'tien',
    ],
    deliverables: [
      'rapport', 'rapportage', 'verslag', 'presentatie', 'plan', 'plan van aanpak', 'voorstel', 'offerte', 'handleiding', 'werkinstructie', 'instructie', 'checklist', 'dashboard', 'prototype',
      'demo', 'workshop', 'kennissessie', 'sessie', 'lunchlezing', 'artikel', 'blog', 'nieuwsbrief', 'notitie', 'nota', 'brief', 'advies', 'businesscase', 'procesbeschrijving', 'analyse',
      'evaluatie', 'portfolio', 'scriptie', 'lijst', 'formulier', 'sjabloon', 'protocol', 'procedure', 'beleid', 'beleidsstuk', 'memo', 'lessenserie', 'gastles', 'menukaart',
      'kaart', 'rooster', 'script', 'model', 'podcast', 'aflevering', 'video', 'website', 'pagina', 'folder', 'flyer', 'poster', 'samenvatting', 'notulen', 'gesprek', 'interview',
      'rondleiding', 'pitch', 'stand-up', 'planning', 'review', 'codereview', 'lunch', 'avond', 'bijeenkomst', 'enquête', 'contract', 'begroting', 'kalender', 'archief', 'wiki', 'kennisbank', 'toespraak', 'boek', 'route',
      'etalage', 'aanspreekpunt', 'buddy', 'notulist', 'voorzitter', 'inwerkprogramma', 'map', 'overdracht', 'migratie', 'export', 'proces', 'test', 'unittests', 'mail', 'dagopening', 'opening',
      'functieprofiel', 'concept', 'schema', 'tool', 'app', 'zoekfunctie', 'koppeling', 'registratie', 'inventarisatie', 'cv', 'sollicitatie', 'verbetervoorstel', 'pallets',
      'retourzendingen', 'dossiers', 'raamcontracten', 'werkprocessen', 'procedures', 'verlichting', 'rekken', 'server', 'servers', 'vergunning', 'subsidie', 'huiswerkklas', 'les',
    ],
    credentials: ['certificaat', 'certificering', 'diploma', 'examen', 'tentamen', 'toets', 'rijbewijs', 'bhv', 'vca', 'vca-vol', 'staatsexamen', 'getuigschrift', 'licentie', 'bevoegdheid', 'cert'],
    indicators: [
      'aantal', 'percentage', 'foutpercentage', 'score', 'cijfer', 'gemiddelde', 'doorlooptijd', 'afhandeltijd', 'wachttijd', 'reactietijd', 'levertijd', 'omzet', 'verzuim', 'ziekteverzuim',
      'klanttevredenheid', 'tevredenheid', 'nps', 'kpi', 'dekking', 'conversie', 'kosten', 'marge', 'achterstand', 'incidenten', 'klachten', 'bonwaarde', 'typsnelheid', 'gewicht',
      'responspercentage', 'slagingspercentage', 'sterren', 'budget', 'uitgaven', 'winst', 'klanttevredenheidsscore', 'maandafsluiting', 'productie', 'facturen', 'orders',
    ],
    feelings: [
      'gemotiveerd', 'rustig', 'rustiger', 'zelfverzekerd', 'zekerder', 'tevreden', 'gelukkig', 'gelukkiger', 'blij', 'ontspannen', 'energiek', 'fit', 'fitter', 'gezond', 'gezonder', 'gestrest',
      'relaxed', 'enthousiast', 'assertief', 'assertiever', 'positief', 'positiever', 'proactief', 'proactiever', 'zichtbaar', 'zichtbaarder', 'professioneel', 'professioneler', 'succesvol',
      'klantvriendelijk', 'klantvriendelijker', 'gastvrij', 'gastvrijer', 'veilig', 'veiliger', 'geduldig', 'geduldiger', 'leuker', 'betere',
    ],
    quality: ['anders', 'beter', 'goed', 'best', 'effectiever', 'efficiënter', 'slimmer', 'sterker', 'professioneler', 'sneller', 'veiliger', 'soepeler', 'makkelijker'],
    stopwords: [
      'de', 'het', 'een', 'en', 'ik', 'wil', 'van', 'voor', 'met', 'op', 'naar', 'mijn', 'is', 'dat', 'die', 'te', 'bij', 'aan', 'binnen', 'over', 'om', 'ga', 'zal', 'nog', 'ook', 'niet',
      'wordt', 'worden', 'maanden', 'weken', 'keer', 'per', 'uit', 'door', 'als', 'meer', 'beter', 'dit', 'deze', 'jaar', 'maand', 'eind', 'uiterlijk', 'af', 'mee', 'team', 'hebben', 'heb',
      'zijn', 'er', 'wat', 'iets', 'kan', 'kunnen', 'elke', 'iedere', 'tot', 'twee', 'drie', 'vier', 'vijf', 'geven', 'halen', 'volgen', 'afronden', "collega's", 'gesprek', 'proberen',
      'verbeteren', 'zelf', 'minder', 'fouten', 'maken', 'komen', 'laat',
    ],
    coordinators: ['en', 'plus', '&', 'daarnaast', 'verder', 'en ook', 'tevens'],
    backReferences: ['het', 'ze', 'hem', 'daar', 'daarna', 'vervolgens', 'deze', 'dit', 'die', 'dat', 'hun', 'de resultaten', 'de uitkomsten', 'haar', 'ervan', 'ermee', 'erover'],
    abbreviations: ['a', 's', 'z', 't', 'm', 'i', 'v', 'd', 'c', 'e', 'b', 'g', 'n', 't/m', 'etc', 'bijv', 'o.a', 'mr', 'dr', 'ca', 'nr', 'incl', 'a.s', 'z.s.m', 't.z.t', 'okt', 'dec', 'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'nov', 'm.i.v'],
    eventOpeners: ['voordat', 'vóórdat', 'voor', 'vóór', 'tot', 'totdat'],
    eventVerbs: ['begint', 'start', 'afloopt', 'eindigt', 'ingaat', 'opent', 'sluit', 'stopt', 'live gaat', 'van start gaat', 'klaar is', 'begint te lopen', 'afgelopen is'],
    reflexiveLearning: ['werk', 'werken', 'inwerken', 'verdiep', 'verdiepen'],
    indefinite: ['een aantal', 'enkele', 'diverse', 'allerlei', 'een paar', 'sommige', 'meerdere', 'verschillende', 'een beetje'],
    adjectiveVerbs: ['open', 'leeg', 'schoon', 'vrij', 'klaar', 'rond', 'dubbel'],
    rolePrefixes: ['als', 'in mijn rol als', 'in de rol van'],
  },
  goals: [
    ['Ik wil voor 1 juni mijn Scrum-certificaat halen.', 'SMT'],
    ['Beter communiceren.', 'smt'],
    ['Ik wil een diploma halen.', 'sMt'],
    ['Ik ga in mei de heftruckcursus volgen.', 'SmT'],
    ['Ik wil vaker doorvragen bij cliënten als ze zeggen dat het goed gaat.', 'Smt'],
    ['Er wordt voor de zomervakantie een overdrachtschecklist voor de avonddienst opgesteld.', 'SMT'],
    ['Binnen drie maanden wil ik 40% rustiger zijn tijdens drukke diensten.', 'smT'],
    ['Om mijn leidinggevende vaardigheden te verbeteren, rond ik voor eind Q2 de leergang Situationeel Leidinggeven af.', 'SMT'],
    ['Het aantal openstaande incidenten daalt voor 1 juli naar minder dan 25.', 'SMT'],
    ['Voor de zomer het oppakken.', 'smT'],
    ['Ik wil het magazijn beter organiseren.', 'smt'],
    ['Ik wil leren werken met Kubernetes.', 'Smt'],
    ['Na de verhuizing ga ik mijn werkplek anders inrichten.', 'smt'],
    ['Vanaf nu stuur ik na elk klantbezoek een kort verslag naar de klant.', 'SMt'],
    ['Niet meer te laat komen bij de ochtendoverdracht.', 'SMt'],
    ['Ik word aanspreekpunt voor de nieuwe ERP-koppeling.', 'SMt'],
    ['Voor de zomer wil ik drie certificaten halen.', 'sMT'],
    ['Ik wil dit jaar twee cursussen afronden.', 'sMT'],
    ['Eind Q3 rond ik de leergang projectmanagement af.', 'SMT'],
    ["'k ga voor eind okt. de migratie van de mailserver naar de cloud afronden.", 'SMT'],
    ['Zoals besproken: idd de oude servers voor febuari uitfaseren.', 'SMT'],
    ['Ik wil drie dingen leren.', 'sMt'],
    ['Ik wil dat mijn leerlingen binnen een half jaar twee keer zo gemotiveerd zijn.', 'smT'],
    ['Elke maandag om 9 uur houden we tot het einde van het jaar een stand-up.', 'SMT'],
    ['Iets doen aan de technische schuld.', 'smt'],
    ['Ik controleer elke maand steekproefsgewijs tien declaraties op fouten.', 'SMt'],
    ['Hopelijk haal ik het rijbewijs C.', 'SMt'],
    ['Binnenkort geef ik de nieuwe collega\'s een rondleiding door het ziekenhuis.', 'SMt'],
    ['Ik lees dit jaar 12 boeken over leiderschap om mijn kennis te verdiepen.', 'SMT'],
    ['Meer feedback vragen aan een aantal collega\'s.', 'smt'],
  ],
  scopes: [
    { id: 'degree', entries: ['deeltijdmaster', 'bachelor', 'mba', 'hbo', 'mbo', 'universitair', 'deeltijdopleiding', 'post-hbo', 'masteropleiding', 'wo-master'] },
    { id: 'language', entries: ['niveau a1', 'niveau a2', 'niveau b1', 'niveau b2', 'niveau c1', 'niveau c2', 'vloeiend', 'nieuwe taal'] },
    { id: 'certificate', entries: ['certificaat', 'certificering', 'gecertificeerd', 'examen', 'diploma', 'rijbewijs'] },
    { id: 'course', entries: ['opleiding', 'leergang', 'cursus', 'training', 'bootcamp'] },
    { id: 'deliverable', entries: ['presentatie', 'workshop', 'kennissessie', 'rapport', 'plan van aanpak', 'artikel'] },
  ],
};
