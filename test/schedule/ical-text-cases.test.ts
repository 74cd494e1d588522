// Text as a calendar carries it, worked out character by character (issue 21: mutation testing showed
// which edges of cleaning, escaping, quoting and folding no test pinned). The octet counts below are
// UTF-8: 'é' is 2 octets, '€' 3, an emoji such as '🎯' (U+1F3AF) 4.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/schedule/index.js';
import { toICalendar } from '../../src/schedule/index.js';
import { cleanText, escapeText, foldLine, quoteParameter } from '../../src/schedule/ical-text.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('cleanText: what a calendar line can carry', () => {
  it('drops exactly the control characters RFC 5545 forbids, and keeps tab, line feed and carriage return for escaping', () => {
    const kept = [0x09, 0x0a, 0x0d, 0x20, 0x7e, 0x80, 0xa0];
    const dropped = [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f];
    for (const code of kept) expect(cleanText(`a${String.fromCharCode(code)}b`)).toBe(`a${String.fromCharCode(code)}b`);
    for (const code of dropped) expect(cleanText(`a${String.fromCharCode(code)}b`)).toBe('ab');
  });

  it('keeps a title with an emoji whole, and answers the very same string when nothing had to go', () => {
    const title = 'Ontwikkelgesprek 🎯 met Zoë';
    expect(cleanText(title)).toBe(title);
    // A pair at the edges of the surrogate ranges is a character too.
    expect(cleanText('\uD800\uDC00\uDBFF\uDFFF')).toBe('\uD800\uDC00\uDBFF\uDFFF');
  });

  it('writes half a character as U+FFFD: a high surrogate at the end or before a letter, a low one on its own', () => {
    expect(cleanText('Doel \uD83C')).toBe('Doel \uFFFD');
    expect(cleanText('\uD83Cx')).toBe('\uFFFDx');
    expect(cleanText('\uDBFF\uDBFF\uDC00')).toBe('\uFFFD\uDBFF\uDC00');
    expect(cleanText('x\uDF3Fy')).toBe('x\uFFFDy');
    expect(cleanText('\uDC00\uDFFF')).toBe('\uFFFD\uFFFD');
    // The characters just outside the surrogate ranges are ordinary characters.
    expect(cleanText('\uD7FF\uE000')).toBe('\uD7FF\uE000');
    // A high surrogate before a character past the low range is half a character too.
    expect(cleanText('\uDBFF\uE000')).toBe('\uFFFD\uE000');
  });

  it('is, for any text, the text by code points: forbidden controls left out, half a character as U+FFFD (fast-check)', () => {
    const forbidden = (code: number) => code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
    const reference = (text: string) =>
      Array.from(text)
        .filter((char) => !forbidden(char.charCodeAt(0)))
        .map((char) => (char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff ? '\uFFFD' : char))
        .join('');
    const piece = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((codes) => String.fromCharCode(...codes)),
      fc.constantFrom('\uD83C', '\uDF3F', '\uD83C\uDF3F', '\u0000', '\u007F', '\t', '\r\n', 'é', '€'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => cleanText(pieces.join('')) === reference(pieces.join(''))));
  });
});

describe('escapeText and quoteParameter: a comma, a semicolon and a line break in a description or a name', () => {
  it('escapes backslash, semicolon and comma, and writes every line break (CRLF, CR, LF) as one \\n', () => {
    expect(escapeText('Doelen: presenteren, plannen; en \\ coachen')).toBe('Doelen: presenteren\\, plannen\\; en \\\\ coachen');
    expect(escapeText('eerst\r\ndan\rdaarna\nklaar')).toBe('eerst\\ndan\\ndaarna\\nklaar');
    expect(escapeText('twee lege regels\r\n\r\n')).toBe('twee lege regels\\n\\n');
    expect(escapeText('\r\r\n\n')).toBe('\\n\\n\\n');
    expect(escapeText('alleen tekst')).toBe('alleen tekst');
  });

  it("quotes a name, writing a caret as ^^, a double quote as ^' and a line break as ^n (RFC 6868)", () => {
    expect(quoteParameter('Jan "de Baas" de Vries')).toBe('"Jan ^\'de Baas^\' de Vries"');
    expect(quoteParameter('A^B')).toBe('"A^^B"');
    expect(quoteParameter('regel\r\nregel\rregel\nregel')).toBe('"regel^nregel^nregel^nregel"');
    expect(quoteParameter('\r\n\r\n')).toBe('"^n^n"');
    expect(quoteParameter('Sanne, team; Noord')).toBe('"Sanne, team; Noord"');
  });
});

describe('foldLine: 75 octets per line, never half a character', () => {
  it('leaves a line of exactly 75 octets whole, and folds the 76th octet onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('gives a continuation line 74 octets after its leading space', () => {
    const folded = foldLine('x'.repeat(75 + 74 + 1));
    expect(folded.split('\r\n ')).toEqual(['x'.repeat(75), 'x'.repeat(74), 'x']);
  });

  it('counts 1, 2, 3 and 4 octets at the edges of UTF-8 (U+007F, U+0080, U+07FF, U+0800, U+FFFF, U+10000)', () => {
    // 73 octets of ASCII, then one character: it fits only when it is at most 2 octets.
    const head = 'x'.repeat(73);
    expect(foldLine(`${head}\u007F\u007F`)).toBe(`${head}\u007F\u007F`);
    expect(foldLine(`${head}\u0080`)).toBe(`${head}\u0080`);
    expect(foldLine(`x${head}\u0080`)).toBe(`x${head}\r\n \u0080`);
    expect(foldLine(`x${head}\u007F`)).toBe(`x${head}\u007F`);
    expect(foldLine(`${head}\u07FF`)).toBe(`${head}\u07FF`);
    expect(foldLine(`${head}\u0800`)).toBe(`${head}\r\n \u0800`);
    expect(foldLine(`${head}\uFFFF`)).toBe(`${head}\r\n \uFFFF`);
    // 71 octets: a 4-octet character fits, and a 3-octet one after 72.
    expect(foldLine(`${'x'.repeat(71)}🎯`)).toBe(`${'x'.repeat(71)}🎯`);
    expect(foldLine(`${'x'.repeat(72)}🎯`)).toBe(`${'x'.repeat(72)}\r\n 🎯`);
    expect(foldLine(`${'x'.repeat(72)}€`)).toBe(`${'x'.repeat(72)}€`);
    expect(foldLine(`${'x'.repeat(72)}\u{10000}`)).toBe(`${'x'.repeat(72)}\r\n \u{10000}`);
  });

  it('folds a calendar title with an emoji at 75 octets, the emoji whole on the next line', () => {
    const summary = `${'Ontwikkelgesprek met Sanne de Vries over haar volgende stap als teamleider'.slice(0, 63)} 🎯 en koffie`;
    const event: CalendarEvent = {
      uid: 'c-emoji@example.org',
      start: '2027-07-12T10:00:00+02:00',
      end: '2027-07-12T11:00:00+02:00',
      summary,
    };
    const ics = toICalendar([event], { dtstamp: '2027-07-01T09:00:00+02:00' });
    expect(ics.ok).toBe(true);
    if (!ics.ok) return;
    const lines = ics.value.split('\r\n');
    const at = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    // 'SUMMARY:' (8) + 63 + ' ' = 72 octets; the emoji's 4 would make 76, so it opens the next line.
    expect(lines[at]).toBe(`SUMMARY:${summary.slice(0, 64)}`);
    expect(octets(lines[at] as string)).toBe(72);
    expect(lines[at + 1]).toBe(' 🎯 en koffie');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});
