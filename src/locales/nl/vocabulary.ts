import type { Labels } from '../types.js';

/** Dutch names and descriptions of the shared vocabulary: phases, topics, focus areas. */
export const vocabularyLabelsNl = {
  "phase": {
    "preparation": "Voorbereiding",
    "setStatus": "Gespreksstatus bepalen",
    "currentSituation": "Huidige stand van zaken",
    "employeeNeeds": "Ontwikkelbehoeften van de medewerker",
    "organisationNeeds": "Ontwikkelbehoeften van de organisatie",
    "agreements": "Concrete afspraken",
    "supportAgreements": "Ondersteuningsafspraken",
    "nextConversation": "Volgend gesprek",
    "evaluation": "Evaluatie van het gesprek",
    "concluded": "Afgerond",
    "followUp": "Opvolging",
    "strengths": "Sterke punten",
    "progress": "Voortgang van afspraken",
    "whatNext": "Wat nu?",
    "rhythm": "Vervolgritme",
    "dialogueOpening": "Opening",
    "dialogueAmbitions": "De ambities",
    "dialogueReflection": "Reflectie in groepjes",
    "dialogueHarvest": "Plenaire oogst",
    "dialogueWishes": "Individuele wensen",
    "dialogueClosing": "Afsluiting"
  },
  "phaseDescription": {
    "preparation": "Beide kanten bereiden zich voor en zetten punten op de agenda.",
    "setStatus": "Doel, overkoepelend ontwikkeldoel, agendapunten van beide kanten, prioriteit en beschikbare tijd.",
    "currentSituation": "Het reisverslag van de medewerker sinds het vorige gesprek, nog zonder discussie.",
    "employeeNeeds": "In eigen woorden: wat, waarom, hoe, wanneer, wat het kost en of het om kennis, vaardigheden of competenties gaat.",
    "organisationNeeds": "De punten die de leidinggevende inbrengt, en de verbanden met de punten van de medewerker.",
    "agreements": "Per ontwikkelpunt stelt de medewerker de oplossing voor: wie doet wat wanneer, SMART.",
    "supportAgreements": "Welke hulp de medewerker verwacht: tijd, geld, coaching, een project of een mentor.",
    "nextConversation": "Het volgende gesprek wordt nu gepland; de medewerker zegt hoeveel tijd er nodig is.",
    "evaluation": "Hoe heeft de medewerker het gesprek ervaren? Feedback wordt open ontvangen.",
    "concluded": "Het gesprek is afgerond; het plan wordt uitgewerkt en door beide kanten goedgekeurd.",
    "followUp": "Afspraken worden gevolgd; eerdere afspraken komen als eerste terug in het volgende gesprek.",
    "strengths": "Talenten, wat energie geeft en recente successen: ontwikkelen vanuit kracht.",
    "progress": "Hoe staan de afspraken van het vorige gesprek ervoor?",
    "whatNext": "De volgende stap: bijsturen, afronden of iets nieuws beginnen.",
    "rhythm": "Samen afspreken hoe vaak en wanneer de volgende gesprekken plaatsvinden.",
    "dialogueOpening": "Welkom, doel en spelregels van de sessie.",
    "dialogueAmbitions": "De organisatie licht haar ambities en de uitkomsten van de personeelsplanning toe.",
    "dialogueReflection": "In kleine groepen: wat betekenen deze ambities voor mijn werk en mijn ontwikkeling?",
    "dialogueHarvest": "De groepen delen wat ze vonden.",
    "dialogueWishes": "Ieder schrijft eigen ontwikkelwensen op, met een concrete eerste stap.",
    "dialogueClosing": "Terugblik en hoe het vervolg eruitziet."
  },
  "topic": {
    "roleSatisfaction": "Tevredenheid met de functie",
    "workloadCapacity": "Werkbelasting en draagkracht",
    "capacityGrowth": "Groei in kennis, vaardigheden en ervaring",
    "competences": "Competenties",
    "personalCircumstances": "Veranderingen in persoonlijke omstandigheden",
    "internalMobility": "Interne mobiliteit en taakverandering",
    "externalOrientation": "Externe oriëntatie",
    "agreementFollowUp": "Opvolging van eerdere afspraken",
    "strengthsTalents": "Sterke punten en talenten",
    "careerAmbitions": "Loopbaanambities",
    "employability": "Duurzame inzetbaarheid",
    "vitality": "Energie en vitaliteit",
    "collaboration": "Samenwerking en feedback",
    "organisationDirection": "Koers van de organisatie en wat die betekent voor de functie",
    "learningBudget": "Ontwikkelbudget",
    "performanceRating": "Beoordeling van functioneren",
    "pay": "Salaris en beloning"
  },
  "topicDescription": {
    "roleSatisfaction": "Hoe de medewerker de huidige functie beleeft: wat energie geeft en wat schuurt.",
    "workloadCapacity": "Past wat het werk vraagt bij wat de medewerker aankan, nu en op termijn?",
    "capacityGrowth": "Wat de medewerker meer aankan nu kennis, vaardigheden en ervaring groeien.",
    "competences": "Welke competenties sterk zijn en welke de medewerker verder wil ontwikkelen.",
    "personalCircumstances": "Veranderingen thuis of in het leven die de medewerker zelf wil noemen omdat ze het werk raken.",
    "internalMobility": "Een andere functie of andere taken binnen de organisatie.",
    "externalOrientation": "Verkennen welke rollen buiten de organisatie passen, om inzetbaar te blijven.",
    "agreementFollowUp": "Hoe de afspraken van het vorige gesprek zijn verlopen.",
    "strengthsTalents": "Waar de medewerker goed in is en energie van krijgt: ontwikkelen vanuit kracht.",
    "careerAmbitions": "Waar de medewerker over een paar jaar wil staan en welke stappen daarheen leiden.",
    "employability": "Nu en later inzetbaar blijven, binnen en buiten de organisatie.",
    "vitality": "Energie, balans en wat de medewerker nodig heeft om het werk vol te houden.",
    "collaboration": "Samenwerken met collega's en feedback geven en krijgen.",
    "organisationDirection": "Waar de organisatie heen gaat en wat dat vraagt van deze functie.",
    "learningBudget": "Wat er van het persoonlijk ontwikkelbudget nog te besteden is en waaraan.",
    "performanceRating": "Het functioneren beoordelen hoort in het beoordelingsgesprek; dit gesprek kijkt vooruit.",
    "pay": "Salaris en beloning horen in het beoordelingsgesprek; dit gesprek kijkt vooruit."
  },
  "focusArea": {
    "knowledge": "Kennis",
    "skills": "Vaardigheden",
    "competences": "Competenties"
  },
  "focusAreaDescription": {
    "knowledge": "Wat je weet.",
    "skills": "Wat je kunt.",
    "competences": "Hoe je kennis, vaardigheden en houding samen inzet in je werk."
  },
  "roleDescription": {
    "employee": "Houdt het initiatief: brengt eigen punten in en stelt eigen oplossingen voor.",
    "manager": "Luistert, vat samen, stelt open vragen en brengt de ontwikkeling van de organisatie in."
  },
  "conversationKindDescription": {
    "development": "Vooruitkijkend gesprek over persoonlijke en professionele groei, vastgelegd in een POP.",
    "career": "Gesprek over loopbaanstappen: sterke punten, afspraken in een POP en een vervolgritme.",
    "checkIn": "Kort tussentijds gesprek: hoe staan de afspraken ervoor en wat is de volgende stap?",
    "futureDialogue": "Groepssessie waarin medewerkers de ambities van de organisatie vertalen naar eigen ontwikkelstappen."
  }
} satisfies Partial<Labels>;
