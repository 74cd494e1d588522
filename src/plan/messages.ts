import { defineMessages } from '../core/index.js';

/**
 * Messages of the plan module (codes `plan.*` for the POP, `budget.*` for the development budget),
 * by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { planMessages } from 'ontwikkelgesprek';
 * planMessages['plan.approval.staleVersion'].en;
 * ```
 */
export const planMessages = defineMessages({
  // ------------------------------------------------------------ shape and integrity
  'plan.period.reversed': {
    nl: 'De periode eindigt voordat ze begint.',
    en: 'The period ends before it starts.',
  },
  'plan.hash.mismatch': {
    nl: 'De inhoud past niet bij de opgeslagen hash {hash}: het plan is buiten de bibliotheek om gewijzigd.',
    en: 'The content does not match the stored hash {hash}: the plan was changed outside the library.',
  },
  'plan.history.inconsistent': {
    nl: 'De geschiedenis klopt niet met versie {version}: elke versie hoort precies één regel te hebben, oplopend vanaf 1.',
    en: 'The history does not match version {version}: every version should have exactly one entry, counting up from 1.',
  },
  'plan.id.duplicate': {
    nl: 'Het id "{id}" komt meer dan eens voor in {section}.',
    en: 'The id "{id}" occurs more than once in {section}.',
  },
  'plan.approval.recordInvalid': {
    nl: 'Een opgeslagen goedkeuring hoort niet bij deze versie of komt dubbel voor.',
    en: 'A stored approval does not belong to this version or occurs twice.',
  },
  'plan.cost.unknownAgreement': {
    nl: 'Kostenpost "{id}" verwijst naar afspraak "{agreementId}", die niet in het plan staat.',
    en: 'Cost line "{id}" refers to agreement "{agreementId}", which is not in the plan.',
  },

  // ------------------------------------------------------------ approval
  'plan.approval.staleVersion': {
    nl: 'Goedkeuring voor versie {given}, maar het plan staat op versie {current}. Lees de huidige versie en keur die goed.',
    en: 'Approval for version {given}, but the plan is at version {current}. Read the current version and approve that one.',
  },
  'plan.approval.hashMismatch': {
    nl: 'De goedgekeurde tekst (hash {given}) is niet de huidige tekst van het plan (hash {current}).',
    en: 'The approved text (hash {given}) is not the current text of the plan (hash {current}).',
  },
  'plan.approval.beforeVersion': {
    nl: 'Goedkeuring op {at}, maar versie {version} bestaat pas sinds {since}.',
    en: 'Approval at {at}, but version {version} only exists since {since}.',
  },
  'plan.approval.repeated': {
    nl: 'Deze kant had deze versie al goedgekeurd; de eerste goedkeuring blijft staan.',
    en: 'This side had already approved this version; the first approval stands.',
  },
  'plan.approval.complete': {
    nl: 'Medewerker en leidinggevende hebben versie {version} allebei goedgekeurd.',
    en: 'Employee and manager have both approved version {version}.',
  },
  'plan.approval.waiting': {
    nl: 'Versie {version} wacht nog op de goedkeuring van de andere kant.',
    en: 'Version {version} is still waiting for approval by the other side.',
  },

  // ------------------------------------------------------------ amendment
  'plan.amend.noChange': {
    nl: 'Deze wijziging verandert niets aan de inhoud; er komt geen nieuwe versie. Voortgang op afspraken leg je vast met recordProgress.',
    en: 'This amendment changes nothing in the content, so there is no new version. Record progress on agreements with recordProgress.',
  },
  'plan.amend.beforeVersion': {
    nl: 'Wijziging op {at}, maar versie {version} bestaat pas sinds {since}.',
    en: 'Amendment at {at}, but version {version} only exists since {since}.',
  },
  'plan.amend.progressKept': {
    nl: 'Afspraak "{agreementId}" houdt haar vastgelegde voortgang (status {status}); voortgang leg je vast met recordProgress, niet met een wijziging.',
    en: 'Agreement "{agreementId}" keeps its recorded progress (status {status}); record progress with recordProgress, not with an amendment.',
  },
  'plan.amend.approvalsCleared': {
    nl: 'Versie {version} is nieuw: {count} eerdere {count|goedkeuring vervalt|goedkeuringen vervallen}, beide kanten keuren opnieuw goed.',
    en: 'Version {version} is new: {count} earlier {count|approval lapses|approvals lapse}, and both sides approve again.',
  },

  // ------------------------------------------------------------ progress
  'plan.progress.empty': {
    nl: 'Voortgang heeft een status of een notitie nodig.',
    en: 'Progress needs a status or a note.',
  },
  'plan.progress.unknownAgreement': {
    nl: 'Afspraak "{agreementId}" staat niet in het plan.',
    en: 'Agreement "{agreementId}" is not in the plan.',
  },
  'plan.progress.beforePlan': {
    nl: 'Voortgang op {at}, maar het plan bestaat pas sinds {since}.',
    en: 'Progress at {at}, but the plan only exists since {since}.',
  },
  'plan.progress.unchanged': {
    nl: 'Afspraak "{agreementId}" had al status {status}; er is niets vastgelegd.',
    en: 'Agreement "{agreementId}" already had status {status}; nothing was recorded.',
  },
  'plan.progress.dropWithoutNote': {
    nl: 'Afspraak "{agreementId}" vervalt zonder toelichting; schrijf op waarom, dan kan het volgende gesprek erop terugkomen.',
    en: 'Agreement "{agreementId}" is dropped without a note; write down why, so the next conversation can come back to it.',
  },

  // ------------------------------------------------------------ creation from a conversation
  'plan.conversation.notConcluded': {
    nl: 'Het gesprek is nog niet afgerond (status {status}, fase {phase}); een POP volgt uit een afgerond gesprek.',
    en: 'The conversation is not concluded yet (status {status}, phase {phase}); a POP follows from a concluded conversation.',
  },
  'plan.goals.missing': {
    nl: 'Het plan heeft geen ontwikkeldoelen: er zijn geen ontwikkelbehoeften vastgelegd.',
    en: 'The plan has no development goals: no development needs were recorded.',
  },
  'plan.goal.withoutAgreement': {
    nl: 'Ontwikkeldoel "{goal}" heeft geen afspraak; spreek af wie wat wanneer doet.',
    en: 'Development goal "{goal}" has no agreement; agree who does what by when.',
  },
  'plan.goal.noOrganisationLink': {
    nl: 'Ontwikkeldoel "{goal}" is niet gekoppeld aan een organisatiedoel.',
    en: 'Development goal "{goal}" is not linked to an organisation goal.',
  },
  'plan.agreements.missing': {
    nl: 'Het plan heeft geen afspraken.',
    en: 'The plan has no agreements.',
  },
  'plan.agreement.withoutGoal': {
    nl: 'Afspraak "{agreement}" hoort bij geen enkel ontwikkeldoel van dit plan.',
    en: 'Agreement "{agreement}" belongs to none of the development goals of this plan.',
  },
  'plan.agreement.notAccepted': {
    nl: 'Afspraak "{agreement}" is niet door beide kanten geaccepteerd.',
    en: 'Agreement "{agreement}" was not accepted by both sides.',
  },
  'plan.agreement.noDeadline': {
    nl: 'Afspraak "{agreement}" heeft geen datum: wanneer is het klaar?',
    en: 'Agreement "{agreement}" has no date: when will it be done?',
  },
  'plan.nextConversation.missing': {
    nl: 'Er is geen volgend gesprek gepland.',
    en: 'No next conversation is planned.',
  },
  'plan.cost.negative': {
    nl: 'Afspraak "{agreement}" heeft negatieve kosten ({amount}); die zijn niet als kostenpost opgenomen.',
    en: 'Agreement "{agreement}" has a negative cost ({amount}); it was not taken up as a cost line.',
  },
  'plan.evaluation.missing': {
    nl: 'Het gesprek is niet geëvalueerd; vraag de medewerker hoe het gesprek was.',
    en: 'The conversation was not evaluated; ask the employee how it went.',
  },

  // ------------------------------------------------------------ budget
  'budget.overCommitted': {
    nl: 'De afspraken en uitgaven ({claimed}) gaan {over} over het budget van {budget} heen.',
    en: 'Agreements and expenses ({claimed}) exceed the budget of {budget} by {over}.',
  },
  'budget.overspent': {
    nl: 'Er is al {spent} uitgegeven, {over} meer dan het budget van {budget}.',
    en: '{spent} has already been spent, {over} more than the budget of {budget}.',
  },
  'budget.currency.mismatch': {
    nl: 'Post {line} staat in {currency}, het budget in {budgetCurrency}; dat bedrag telt niet mee.',
    en: 'Line {line} is in {currency} and the budget in {budgetCurrency}, so it was not counted.',
  },
  'budget.unit.mismatch': {
    nl: 'Post {line} staat in {unit}, het budget in {budgetUnit}; die post telt niet mee.',
    en: 'Line {line} is in {unit} and the budget in {budgetUnit}, so it was not counted.',
  },
  'budget.expense.otherYear': {
    nl: 'Uitgave "{id}" van {date} valt buiten budgetjaar {year} en is niet meegeteld.',
    en: 'Expense "{id}" of {date} falls outside budget year {year} and was not counted.',
  },
  'budget.expense.unknownAgreement': {
    nl: 'Uitgave "{id}" verwijst naar afspraak "{agreementId}", die niet tussen de kosten staat; ze telt als losse uitgave.',
    en: 'Expense "{id}" refers to agreement "{agreementId}", which is not among the costs; it counts as a separate expense.',
  },
  'budget.id.duplicate': {
    nl: 'Kostenpost of uitgave "{id}" komt twee keer voor; die zou dubbel meetellen. Geef elke post één keer op.',
    en: 'Cost line or expense "{id}" appears twice and would be counted twice. Give each line only once.',
  },
  'budget.amount.overflow': {
    nl: 'De bedragen samen zijn te groot om exact te rekenen.',
    en: 'The amounts together are too large to compute exactly.',
  },
  'budget.unused.lateInYear': {
    nl: '{unused} ({percent}%) van het budget voor {year} is nog niet uitgegeven of toegezegd. Ongeveer 40% van de medewerkers laat het budget liggen: bespreek nu wat je ermee wilt.',
    en: '{unused} ({percent}%) of the {year} budget is still unused and uncommitted. About 40% of employees leave their budget unused: talk now about what you want to do with it.',
  },
  'budget.year.ended': {
    nl: 'Budgetjaar {year} is voorbij; {unused} is onbenut gebleven.',
    en: 'Budget year {year} is over; {unused} was left unused.',
  },
});
