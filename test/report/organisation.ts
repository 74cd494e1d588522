/**
 * A generated organisation for the report: employees in teams, departments and cost centres, each
 * with conversations, a POP, a planned conversation, budget periods and stored agreement checks,
 * drawn from a seeded `createRandom`, so the same seed is the same organisation. Records are made
 * lazily (a generator), and share a small pool of conversation states and plans, so 100,000
 * employees take no more memory than 10. `lib` is the library the report runs on (the sources in
 * tests, the built `dist/` in the benchmark), since a state is trusted by the library that made it.
 */
import type * as Library from '../../src/index.js';
import type {
  BudgetPeriodStatus,
  Conversation,
  ConversationEventInput,
  DevelopmentPlan,
  EmployeeRecord,
  PlannedConversation,
} from '../../src/index.js';
import { createRandom } from '../../src/core/index.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { sampleContent } from '../plan/fixtures.js';

type Lib = Pick<typeof Library, 'replay' | 'draftDevelopmentPlan' | 'recordProgress'>;

const teams = ['Klantcontact', 'Planning', 'Logistiek', 'Finance', 'ICT', 'Werkvoorbereiding', 'Montage', 'Inkoop'];
const departments = ['Service', 'Operatie', 'Bedrijfsvoering'];
const costCentres = ['KP-410', 'KP-420', 'KP-510', 'KP-610'];

/** Conversation states to draw from: concluded ones (employee-led and manager-led, one drifting into rating) and one under way. */
function conversationPool(lib: Lib): Conversation[] {
  const concluded = lib.replay(developmentEvents, { input: developmentInput });
  if (!concluded.ok) throw new Error('fixture');
  const index = developmentEvents.findIndex((e) => (e as { type: string }).type === 'mergeAgenda');
  const rating: ConversationEventInput = {
    type: 'addAgendaPoint',
    at: '2027-03-14T10:25:00+01:00',
    by: 'manager',
    point: { id: 'o9', title: 'Beoordeling en salarisschaal', topic: 'performanceRating', priority: 'could', minutes: 5 },
  };
  const drifting = lib.replay([...developmentEvents.slice(0, index), rating, ...developmentEvents.slice(index)], {
    input: developmentInput,
  });
  const underway = lib.replay(developmentEvents.slice(0, 20), { input: developmentInput });
  if (!drifting.ok || !underway.ok) throw new Error('fixture');
  return [concluded.value, drifting.value, underway.value];
}

/** Plans to draw from: the sample POP as drafted, and with its agreements done or dropped. */
function planPool(lib: Lib): DevelopmentPlan[] {
  const drafted = lib.draftDevelopmentPlan({ content: sampleContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
  if (!drafted.ok) throw new Error('fixture');
  const plans = [drafted.value];
  const first = drafted.value.agreements[0]?.id ?? 'a1';
  for (const status of ['done', 'dropped'] as const) {
    const changed = lib.recordProgress(drafted.value, {
      agreementId: first,
      by: 'employee',
      at: '2027-05-01T09:00:00+02:00',
      status,
      note: 'Bijgewerkt in het voortgangsgesprek',
    });
    if (changed.ok) plans.push(changed.value);
  }
  return plans;
}

const eur = (cents: number) => ({ amount: cents, currency: 'EUR' });

/** The current period of the personal budget: available = remaining + spent + outstanding. */
function budgetPeriod(available: number, spent: number, outstanding: number): BudgetPeriodStatus {
  const remaining = available - spent - outstanding;
  return {
    source: 'pob',
    kind: 'personalBudget',
    title: 'Persoonlijk ontwikkelbudget',
    start: '2027-01-01',
    end: '2027-12-31',
    current: true,
    allowance: eur(available),
    carriedIn: eur(0),
    available: eur(available),
    committed: eur(spent + outstanding),
    spent: eur(spent),
    outstanding: eur(outstanding),
    remaining: eur(remaining),
    expiring: eur(Math.max(0, remaining)),
    carriedOut: eur(0),
    utilisation: available === 0 ? null : (spent + outstanding) / available,
  };
}

function plannedOn(date: string, latest: string): PlannedConversation {
  return {
    schemaVersion: 2,
    kind: 'development',
    date,
    start: `${date}T10:00:00+01:00`,
    end: `${date}T11:00:00+01:00`,
    durationMinutes: 60,
    timeZone: 'Europe/Amsterdam',
    targetDate: date,
    latestAllowed: latest,
    intervalMonths: 12,
    basis: 'lastConversation',
    overdue: false,
  };
}

/** `count` employees of a seeded organisation, made one by one. */
export function* organisation(lib: Lib, seed: number, count: number): Generator<EmployeeRecord> {
  const random = createRandom(seed);
  const conversations = conversationPool(lib);
  const plans = planPool(lib);
  const planned = [plannedOn('2027-03-15', '2027-04-15'), plannedOn('2027-09-01', '2027-10-01'), plannedOn('2027-11-15', '2027-12-15')];
  for (let i = 0; i < count; i++) {
    const team = random.int(teams.length);
    const hasConversation = random.int(10) < 8;
    const conversation = conversations[random.int(conversations.length)] as Conversation;
    const available = [50_000, 70_000, 100_000][random.int(3)] as number;
    const spent = random.int(3) === 0 ? 0 : random.int(available + 1);
    const outstanding = random.int(4) === 0 ? random.int(60_000) : 0;
    yield {
      employeeId: `e-${seed}-${i}`,
      groups: {
        team: teams[team] as string,
        department: departments[team % departments.length] as string,
        costCentre: costCentres[team % costCentres.length] as string,
      },
      ...(hasConversation ? { conversations: [conversation] } : {}),
      plans: hasConversation ? [plans[random.int(plans.length)] as DevelopmentPlan] : [],
      planned: [planned[random.int(planned.length)] as PlannedConversation],
      budget: [budgetPeriod(available, spent, outstanding)],
      agreementChecks: random.int(2) === 0 ? [{ agreementId: 'a1', www: true, smart: random.int(3) > 0 }] : [],
    };
  }
}
