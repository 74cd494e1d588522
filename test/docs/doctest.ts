import ts from 'typescript';
import { expect } from 'vitest';

/**
 * Doctest: every `// value` claim in an example is run and checked. A claim is the comment after a
 * statement (on its line, or on the line right below it):
 * - a literal (`// true`, `// 'met'`, `// ['e1', 'o1']`, `// { start: 0, end: 7 }`), optionally
 *   followed by an explanation (`// true: linked points become one`, `// 18 (the longest plus ...)`);
 *   a string with `...` in it matches when its pieces appear in that order;
 * - `// includes <literal>`: the value (a list or a string) contains it.
 * Anything else (`// e.g. ...`, `// a working day about three months later`) is prose, not a claim.
 * For `const x = ...; // value` the claim is about `x`.
 */

export interface Claim {
  readonly kind: 'equals' | 'includes' | 'pieces';
  readonly value: unknown;
  readonly text: string;
}

function literalValue(node: ts.Expression): { ok: true; value: unknown } | { ok: false } {
  if (ts.isParenthesizedExpression(node)) return literalValue(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { ok: true, value: node.text };
  if (ts.isNumericLiteral(node)) return { ok: true, value: Number(node.text.replaceAll('_', '')) };
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return { ok: true, value: -Number(node.operand.text.replaceAll('_', '')) };
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { ok: true, value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { ok: true, value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { ok: true, value: null };
  if (ts.isIdentifier(node) && node.text === 'undefined') return { ok: true, value: undefined };
  if (ts.isArrayLiteralExpression(node)) {
    const items: unknown[] = [];
    for (const element of node.elements) {
      const item = literalValue(element);
      if (!item.ok) return { ok: false };
      items.push(item.value);
    }
    return { ok: true, value: items };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return { ok: false };
      const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
      if (name === undefined) return { ok: false };
      const item = literalValue(property.initializer);
      if (!item.ok) return { ok: false };
      object[name] = item.value;
    }
    return { ok: true, value: object };
  }
  return { ok: false };
}

function parseLiteral(text: string): { ok: true; value: unknown } | { ok: false } {
  const source = ts.createSourceFile('claim.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  if (diagnostics.length > 0) return { ok: false };
  const statement = source.statements[0];
  if (source.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) return { ok: false };
  return literalValue(statement.expression);
}

/** The longest prefix of the comment that is a literal, followed by nothing or by an explanation. */
function leadingLiteral(text: string): { ok: true; value: unknown } | { ok: false } {
  const whole = parseLiteral(text);
  if (whole.ok) return whole;
  for (let end = text.length - 1; end > 0; end--) {
    const next = text[end];
    if (next !== ' ' && next !== ':' && next !== ',' && next !== '(') continue;
    const candidate = parseLiteral(text.slice(0, end));
    if (candidate.ok) return candidate;
  }
  return { ok: false };
}

/** Reads a claim from the text of a `//` comment, or `undefined` for prose. */
export function claimOf(comment: string): Claim | undefined {
  const text = comment.replace(/^\/\/\s?/u, '').trim();
  if (text.startsWith('includes ')) {
    const item = leadingLiteral(text.slice('includes '.length));
    return item.ok ? { kind: 'includes', value: item.value, text } : undefined;
  }
  const literal = leadingLiteral(text);
  if (!literal.ok) return undefined;
  if (typeof literal.value === 'string' && literal.value.includes('...')) {
    return { kind: 'pieces', value: literal.value.split('...').filter((piece) => piece !== ''), text };
  }
  return { kind: 'equals', value: literal.value, text };
}

/** Checks one claim against the value the example produced. */
export function checkClaim(actual: unknown, claim: Claim, origin: string): void {
  const where = `${origin}: // ${claim.text}`;
  if (claim.kind === 'equals') {
    expect(actual, where).toEqual(claim.value);
  } else if (claim.kind === 'includes') {
    if (typeof actual === 'string') expect(actual, where).toContain(claim.value);
    else expect(actual, where).toContainEqual(claim.value);
  } else {
    expect(typeof actual, where).toBe('string');
    let from = 0;
    for (const piece of claim.value as string[]) {
      const at = (actual as string).indexOf(piece, from);
      expect(at, `${where} (piece ${JSON.stringify(piece)} in ${JSON.stringify(actual)})`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  }
}

/** The comment that carries a statement's claim: on its own line, or alone on the line below. */
function claimComment(code: string, source: ts.SourceFile, statement: ts.Statement, next: ts.Statement | undefined): string | undefined {
  const end = statement.getEnd();
  const trailing = ts.getTrailingCommentRanges(code, end) ?? [];
  const sameLine = trailing.find((range) => code.slice(end, range.pos).trim() === '' && !code.slice(end, range.pos).includes('\n'));
  if (sameLine !== undefined && code.slice(sameLine.pos, sameLine.pos + 2) === '//') return code.slice(sameLine.pos, sameLine.end);
  const endLine = source.getLineAndCharacterOfPosition(end).line;
  const leading = ts.getLeadingCommentRanges(code, next === undefined ? end : next.getFullStart()) ?? [];
  for (const range of leading) {
    const line = source.getLineAndCharacterOfPosition(range.pos).line;
    if (line === endLine + 1 && code.slice(range.pos, range.pos + 2) === '//') return code.slice(range.pos, range.end);
  }
  return undefined;
}

/**
 * Rewrites an example so that each claim is checked when it runs: `expr; // v` becomes
 * `__claim(() => (expr), claim)`, and `const x = e; // v` is followed by `__claim(() => x, claim)`.
 * Returns the code and how many claims it checks.
 */
export function instrument(code: string, claimsModule: string, origin: string): { code: string; claims: number } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const statements = source.statements;
  let claims = 0;
  statements.forEach((statement, index) => {
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    if (ts.isIfStatement(statement)) {
      // Claims inside an `if (result.ok) { ... }` block are checked inside it.
      const inner = statement.thenStatement;
      if (ts.isBlock(inner)) {
        // The body as written, comments included (a statement's trailing comment is not part of its text).
        const nested = instrument(code.slice(inner.getStart() + 1, inner.getEnd() - 1), claimsModule, `${origin} line ${line}`);
        if (nested.claims > 0) {
          edits.push({ start: inner.getStart() + 1, end: inner.getEnd() - 1, text: `\n${stripImport(nested.code)}\n` });
          claims += nested.claims;
        }
      }
      return;
    }
    const comment = claimComment(code, source, statement, statements[index + 1]);
    if (comment === undefined) return;
    const claim = claimOf(comment);
    if (claim === undefined) return;
    const call = (expression: string): string =>
      `__claim(() => (${expression}), ${JSON.stringify(claim)}, ${JSON.stringify(`${origin} line ${line}`)});`;
    if (ts.isExpressionStatement(statement)) {
      edits.push({ start: statement.getStart(), end: statement.getEnd(), text: call(statement.expression.getText(source)) });
      claims++;
    } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const name = statement.declarationList.declarations[0]?.name;
      if (name !== undefined && ts.isIdentifier(name)) {
        edits.push({ start: statement.getEnd(), end: statement.getEnd(), text: `\n${call(name.text)}` });
        claims++;
      }
    }
  });
  let output = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return { code: `import { __claim } from ${JSON.stringify(claimsModule)};\n${output}`, claims };
}

function stripImport(code: string): string {
  return code.replace(/^import \{ __claim \} from [^\n]*\n/u, '');
}
