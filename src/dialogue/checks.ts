// The checks both the session plan and the development agenda make on caller ids, and the
// references a wish makes to participants, ambitions and themes.
import type { Finding, Ref } from '../core/index.js';
import { duplicateIds } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { DevelopmentWish, DialogueParticipant, DialogueTheme, OrganisationAmbition } from './types.js';

/** Prefix of the ids of detected themes; a given theme may not use it. */
export const detectedPrefix = 'detected:';

export function ambitionRef(ambition: Pick<OrganisationAmbition, 'id' | 'title'>): Ref {
  return { kind: 'ambition', id: ambition.id, title: ambition.title };
}

export function participantRef(participant: Pick<DialogueParticipant, 'id' | 'name'>): Ref {
  return participant.name === undefined
    ? { kind: 'participant', id: participant.id }
    : { kind: 'participant', id: participant.id, title: participant.name };
}

export function wishRef(wish: Pick<DevelopmentWish, 'id' | 'title'>): Ref {
  return { kind: 'wish', id: wish.id, title: wish.title };
}

export function themeRef(theme: Pick<DialogueTheme, 'id' | 'label'>): Ref {
  return { kind: 'theme', id: theme.id, title: theme.label };
}

/** Ambitions and participants whose id occurred earlier in their list: errors. */
export function duplicatePeopleAndAmbitions(
  ambitions: readonly OrganisationAmbition[],
  participants: readonly DialogueParticipant[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { index } of duplicateIds(ambitions)) {
    const ambition = ambitions[index] as OrganisationAmbition;
    findings.push(
      finding.error('dialogue.ambition.duplicate', { path: ['ambitions', index, 'id'], params: { ambition: ambitionRef(ambition) } }),
    );
  }
  for (const { index } of duplicateIds(participants)) {
    const participant = participants[index] as DialogueParticipant;
    findings.push(
      finding.error('dialogue.participant.duplicate', {
        path: ['participants', index, 'id'],
        params: { participant: participantRef(participant) },
      }),
    );
  }
  return findings;
}

/** Given themes whose id occurred earlier, or lies among the ids of detected themes: errors. */
export function themeProblems(themes: readonly DialogueTheme[]): Finding[] {
  const findings: Finding[] = [];
  for (const { index } of duplicateIds(themes)) {
    findings.push(
      finding.error('dialogue.theme.duplicate', {
        path: ['themes', index, 'id'],
        params: { theme: themeRef(themes[index] as DialogueTheme) },
      }),
    );
  }
  // Detected themes live under the prefix; a given theme there would silently merge with one.
  themes.forEach((theme, index) => {
    if (theme.id.startsWith(detectedPrefix)) {
      findings.push(finding.error('dialogue.theme.reservedId', { path: ['themes', index, 'id'], params: { theme: themeRef(theme) } }));
    }
  });
  return findings;
}

/** Duplicate wish ids, and references to participants, ambitions or themes that do not exist: errors. */
export function wishProblems(
  wishes: readonly DevelopmentWish[],
  participants: readonly DialogueParticipant[],
  ambitions: readonly OrganisationAmbition[],
  themes: readonly DialogueTheme[],
): Finding[] {
  const findings: Finding[] = duplicateIds(wishes).map(({ index }) =>
    finding.error('dialogue.wish.duplicate', {
      path: ['wishes', index, 'id'],
      params: { wish: wishRef(wishes[index] as DevelopmentWish) },
    }),
  );
  const participantIds = new Set(participants.map((participant) => participant.id));
  const ambitionIds = new Set(ambitions.map((ambition) => ambition.id));
  const themeIds = new Set(themes.map((theme) => theme.id));
  wishes.forEach((wish, index) => {
    const ref = wishRef(wish);
    if (!participantIds.has(wish.participantId)) {
      findings.push(
        finding.error('dialogue.wish.unknownParticipant', {
          path: ['wishes', index, 'participantId'],
          params: { wish: ref, participant: wish.participantId },
        }),
      );
    }
    if (wish.ambitionIds !== 'none') {
      wish.ambitionIds.forEach((ambition, at) => {
        if (ambitionIds.has(ambition)) return;
        findings.push(
          finding.error('dialogue.wish.unknownAmbition', { path: ['wishes', index, 'ambitionIds', at], params: { wish: ref, ambition } }),
        );
      });
    }
    (wish.themeIds ?? []).forEach((theme, at) => {
      if (themeIds.has(theme)) return;
      findings.push(finding.error('dialogue.wish.unknownTheme', { path: ['wishes', index, 'themeIds', at], params: { wish: ref, theme } }));
    });
  });
  return findings;
}
