// What each finding of `mergeAgendas` carries: the path to the point and the params its message
// and a host's screen read (the point named by its title, as agreement or agenda point).
import { describe, expect, it } from 'vitest';
import type { AgendaItemInput, MergeAgendasInput, MergedAgenda } from '../../src/agenda/index.js';
import { agendaInputFrom, mergeAgendas } from '../../src/agenda/index.js';
import type { Finding } from '../../src/core/index.js';

const point = (id: string, source: 'employee' | 'organisation', title: string, extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  id,
  source,
  title,
  priority: 'should',
  minutes: 10,
  ...extra,
});

const base = { minutesAvailable: 60, locale: 'nl' } as const;

function found(input: MergeAgendasInput, code: string): Finding[] {
  return mergeAgendas(input).findings.filter((f) => f.code === code);
}

const shape = (f: Finding) => ({ severity: f.severity, path: f.path, params: f.params });

describe('findings of single points', () => {
  it('names a point in the wrong list, the side it claims and the list it is in', () => {
    const [mismatch] = found(
      { ...base, employeeItems: [point('o1', 'organisation', 'Teamdoelen')], organisationItems: [] },
      'agenda.item.sourceMismatch',
    );
    expect(mismatch && shape(mismatch)).toEqual({
      severity: 'error',
      path: ['employeeItems', 0, 'source'],
      params: { item: { kind: 'agendaPoint', id: 'o1', title: 'Teamdoelen' }, source: 'organisation', list: 'employee' },
    });
  });

  it('names a point without an estimate and the minutes it gets instead', () => {
    const [missing] = found(
      {
        ...base,
        defaultMinutes: 7,
        employeeItems: [point('e1', 'employee', 'Werkdruk', { minutes: undefined } as never)],
        organisationItems: [],
      },
      'agenda.item.minutesMissing',
    );
    expect(missing && shape(missing)).toEqual({
      severity: 'info',
      path: ['employeeItems', 0, 'minutes'],
      params: { item: { kind: 'agendaPoint', id: 'e1', title: 'Werkdruk' }, minutes: 7 },
    });
  });

  it('names the id a carried point repeats, at its place among the point ids', () => {
    const [duplicate] = found(
      {
        ...base,
        employeeItems: [point('e1', 'employee', 'Werkdruk')],
        organisationItems: [],
        carriedOver: [
          {
            id: 'c1',
            itemIds: ['c1', 'e1'],
            sources: ['employee'],
            title: 'Mentor',
            priority: 'should',
            minutes: 10,
            joint: false,
            goalIds: [],
          },
        ],
      },
      'agenda.id.duplicate',
    );
    expect(duplicate && shape(duplicate)).toEqual({ severity: 'error', path: ['carriedOver', 0, 'itemIds', 1], params: { id: 'e1' } });
  });

  it('names the point with a link to nothing, and the link', () => {
    const [unknown] = found(
      { ...base, employeeItems: [point('e1', 'employee', 'Werkdruk', { links: ['e1', 'nope'] })], organisationItems: [] },
      'agenda.link.unknown',
    );
    expect(unknown && shape(unknown)).toEqual({
      severity: 'warning',
      path: ['employeeItems', 0, 'links', 1],
      params: { item: { kind: 'agendaPoint', id: 'e1', title: 'Werkdruk' }, link: 'nope' },
    });
  });
});

describe('findings of merged points', () => {
  it('names the merged point and the first ten of its points in agenda order, and counts them all', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `e${String(12 - i).padStart(2, '0')}`); // e12 .. e01
    const [duplicate] = found(
      {
        ...base,
        employeeItems: ids.map((id) => point(id, 'employee', 'Werkdruk')),
        organisationItems: [point('o1', 'organisation', 'Doelen')],
      },
      'agenda.item.duplicate',
    );
    const ref = (id: string) => ({ kind: 'agendaPoint', id, title: 'Werkdruk' });
    expect(duplicate && shape(duplicate)).toEqual({
      severity: 'info',
      path: ['employeeItems', 11],
      params: {
        item: ref('e01'),
        items: ['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07', 'e08', 'e09', 'e10'].map(ref),
        count: 12,
      },
    });
  });

  it('names an agreement that absorbed a point as an agreement, before the point', () => {
    const [joint] = found(
      {
        ...base,
        employeeItems: [point('a0', 'employee', 'Hoe ging de cursus?', { links: ['x1'] })],
        organisationItems: [point('o1', 'organisation', 'Cursus evalueren', { links: ['x1'] })],
        previousAgreements: [{ id: 'x1', what: 'Cursus presenteren volgen' }],
      },
      'agenda.item.joint',
    );
    expect(joint && shape(joint)).toEqual({
      severity: 'info',
      path: ['previousAgreements', 0],
      params: {
        item: { kind: 'agreement', id: 'x1', title: 'Cursus presenteren volgen' },
        items: [
          { kind: 'agreement', id: 'x1', title: 'Cursus presenteren volgen' },
          { kind: 'agendaPoint', id: 'a0', title: 'Hoe ging de cursus?' },
          { kind: 'agendaPoint', id: 'o1', title: 'Cursus evalueren' },
        ],
        count: 3,
      },
    });
  });
});

describe('findings of the time budget', () => {
  it('says how much time was needed against what there was, and names only the must points left out', () => {
    const input: MergeAgendasInput = {
      ...base,
      minutesAvailable: 35, // 20 for points
      employeeItems: [
        point('e1', 'employee', 'Loopbaanstap', { priority: 'must', minutes: 15 }),
        point('e2', 'employee', 'Werkplek', { priority: 'could', minutes: 10 }),
      ],
      organisationItems: [point('o1', 'organisation', 'Teamdoelen', { minutes: 10 })],
      previousAgreements: [
        { id: 'a1', what: 'Mentor zoeken' },
        { id: 'a2', what: 'Cursus volgen' },
      ],
      followUpMinutes: 12,
    };
    const result = mergeAgendas(input);
    expect(result.ok && result.value.deferred.map((item) => item.id)).toEqual(['a2', 'e1', 'o1', 'e2']);
    const over = result.findings.find((f) => f.code === 'agenda.budget.over');
    expect(over && shape(over)).toEqual({
      severity: 'warning',
      path: ['minutesAvailable'],
      params: { minutesNeeded: 59, minutesForItems: 20, deferred: 4 },
    });
    expect(result.findings.filter((f) => f.code === 'agenda.budget.mustDeferred').map(shape)).toEqual([
      {
        severity: 'warning',
        path: ['employeeItems', 0],
        params: { item: { kind: 'agendaPoint', id: 'e1', title: 'Loopbaanstap' } },
      },
      {
        severity: 'warning',
        path: ['previousAgreements', 1],
        params: { item: { kind: 'agreement', id: 'a2', title: 'Cursus volgen' } },
      },
    ]);
  });

  it('says what was reserved of how much when nothing is left for points', () => {
    const [none] = found(
      {
        ...base,
        minutesAvailable: 10,
        employeeItems: [point('e1', 'employee', 'Werkdruk')],
        organisationItems: [point('o1', 'organisation', 'Doelen')],
      },
      'agenda.budget.noTimeForItems',
    );
    expect(none && shape(none)).toEqual({
      severity: 'warning',
      path: ['reservedMinutes'],
      params: { minutesAvailable: 10, reservedMinutes: 15 },
    });
  });
});

describe('findings of the agenda as a whole', () => {
  it('says nothing about the sides when both brought a point', () => {
    const result = mergeAgendas({
      ...base,
      employeeItems: [point('e1', 'employee', 'Werkdruk')],
      organisationItems: [point('o1', 'organisation', 'Doelen')],
    });
    expect(result.findings).toEqual([]);
  });

  it('points at the side that brought nothing, and at the age for employability', () => {
    const result = mergeAgendas({
      ...base,
      employeeAge: { band: '55plus' },
      employeeItems: [point('e1', 'employee', 'Werkdruk')],
      organisationItems: [],
    });
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual(
      expect.arrayContaining([
        ['agenda.side.organisationEmpty', 'info', ['organisationItems']],
        ['agenda.topic.employabilityFrom45', 'info', ['employeeAge']],
      ]),
    );
  });
});

describe('agendaInputFrom with an agenda it cannot fully read', () => {
  it('leaves out a list that is not a list, or cannot be read, so the merge explains the rest', () => {
    const first = mergeAgendas({
      ...base,
      minutesAvailable: 25,
      employeeItems: [point('e1', 'employee', 'Werkdruk'), point('e2', 'employee', 'Werkplek', { minutes: 20 })],
      organisationItems: [],
    });
    if (!first.ok) throw new Error('expected ok');
    const agenda: MergedAgenda = first.value;
    expect(agendaInputFrom({ ...agenda, items: undefined } as never).carriedOver).toEqual(agenda.deferred);
    const throwing = Object.defineProperty({ ...agenda }, 'items', {
      get() {
        throw new Error('unreadable');
      },
    });
    expect(agendaInputFrom(throwing).carriedOver).toEqual(agenda.deferred);
  });
});
