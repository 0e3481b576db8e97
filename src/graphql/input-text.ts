/**
 * What text a curator may write, beyond lengths: characters that would store something other
 * than what a reader sees are refused, naming the field. Bidirectional overrides and isolates
 * reorder what is displayed (a quote could read differently from what is stored); NUL and the
 * other C0 controls have no place in names or quotes; a lone surrogate is not text at all and
 * used to be replaced silently by U+FFFD on its way to Neo4j. A name or quote made only of
 * invisible characters (zero-width spaces, joiners, the BOM, fillers) is as blank as spaces.
 */
import { badInput } from '../api-errors';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// Tab, line feed and carriage return are text; every other C0 control (NUL first) is not.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
// With the u flag, a surrogate class matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const INVISIBLE = /[\p{White_Space}\p{Cf}\u034F\u115F\u1160\u2800\u3164\uFFA0]/gu;

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` cannot be stored, or null. */
export function textProblem(text: string): string | null {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate)
    return `contains a lone surrogate (${codePoint(surrogate[0])}) at position ${surrogate.index}: send well-formed UTF-16 text`;
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi)
    return `contains a bidirectional control character (${codePoint(bidi[0])}) at position ${bidi.index}, which changes how the text displays`;
  const control = CONTROLS.exec(text);
  if (control) return `contains a control character (${codePoint(control[0])}) at position ${control.index}`;
  return null;
}

/** Whether `text` shows anything once spaces and invisible characters are removed. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/** Refuses the first string anywhere in `value` that textProblem rejects, by its path. */
export function checkInputText(path: string, value: unknown): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw badInput(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkInputText(`${path}[${i}]`, item));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) checkInputText(`${path}.${key}`, inner);
  }
}
