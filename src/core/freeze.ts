/**
 * Freezes a plain value and everything reachable from it, so results cannot be changed by accident.
 * Returns the same value, now frozen.
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'ontwikkelgesprek';
 * const value = deepFreeze({ items: [1, 2] });
 * Object.isFrozen(value.items); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
