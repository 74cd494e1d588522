// Text as RFC 5545 writes it: escaped values, quoted parameters (RFC 6868), lines folded at 75
// octets without splitting a character. Plain loops, no shared regular expressions.

/**
 * Text as iCalendar can carry it: CONTROL characters (RFC 5545 3.3.11: %x00-08, %x0B-0C, %x0E-1F,
 * %x7F) left out, a lone surrogate (half a character, which UTF-8 cannot encode) as U+FFFD. Tab,
 * CR and LF stay: they are escaped later.
 */
export function cleanText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0b && code <= 0x0c) || (code >= 0x0e && code <= 0x1f) || code === 0x7f) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
        continue;
      }
      out += '\uFFFD';
      continue;
    }
    out += code >= 0xdc00 && code <= 0xdfff ? '\uFFFD' : text[i];
  }
  return out;
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, each line break (CRLF, CR or LF) as `\n`. */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' || char === ';' || char === ',') out += `\\${char}`;
    else if (char === '\r') {
      out += '\\n';
      if (text[i + 1] === '\n') i++;
    } else if (char === '\n') out += '\\n';
    else out += char;
  }
  return out;
}

/**
 * A parameter value such as a name (`CN`), always quoted: inside the quotes RFC 6868 writes a caret
 * as `^^`, a double quote as `^'` and a line break as `^n`, so any name survives.
 */
export function quoteParameter(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '^') out += '^^';
    else if (char === '"') out += "^'";
    else if (char === '\r') {
      out += '^n';
      if (text[i + 1] === '\n') i++;
    } else if (char === '\n') out += '^n';
    else out += char;
  }
  return `${out}"`;
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 3.1: a line longer than 75 octets is folded with CRLF and one space; a fold never splits
 * a UTF-8 sequence, so Dutch text such as "één" survives any parser.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts too
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
