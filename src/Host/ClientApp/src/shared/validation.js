// Client-side checks for the values the engine parses. They only guide the person drawing: the engine's validator
// stays the authority and runs again when the draft is saved and submitted.

const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NAME_LIST = /^[A-Za-z0-9_-]+(\s*,\s*[A-Za-z0-9_-]+)*$/;

/** True for ISO 8601 durations such as P14D, PT4H, P1DT12H, P2W. */
export function isDuration(value) {
  return DURATION.test(value);
}

/** True for ISO 8601 dates or date-times such as 2026-01-31 or 2026-01-31T09:00:00Z. */
export function isDateTime(value) {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** True for ISO 8601 repeating intervals such as R3/P1D, R/PT1H or R2/2026-01-01T09:00:00Z/P1D. */
export function isCycle(value) {
  const parts = value.split('/');
  if (!/^R\d*$/.test(parts[0]) || parts.length < 2 || parts.length > 3) {
    return false;
  }
  const rest = parts.slice(1);
  if (rest.length === 1) {
    return isDuration(rest[0]);
  }
  return (isDateTime(rest[0]) && isDuration(rest[1])) || (isDuration(rest[0]) && isDateTime(rest[1]));
}

/** True for comma-separated identifiers (outcomes, required items). */
export function isNameList(value) {
  return NAME_LIST.test(value.trim());
}

/** Splits a comma list into trimmed, non-empty names. */
export function splitList(value) {
  return (value || '').split(',').map(item => item.trim()).filter(item => item.length > 0);
}

/**
 * Validators for the properties panel: each returns an error message (translated) or null.
 */
export const validators = {
  duration: (value, translate) =>
    !value || isDuration(value.trim()) ? null : translate('Not an ISO 8601 duration (e.g. P14D, PT4H).'),
  timeDate: (value, translate) =>
    !value || isDateTime(value.trim()) ? null : translate('Not an ISO 8601 date and time (e.g. 2026-01-31T09:00:00Z).'),
  timeCycle: (value, translate) =>
    !value || isCycle(value.trim()) ? null : translate('Not an ISO 8601 repetition (e.g. R3/P1D).'),
  priority: (value, translate) =>
    !value || (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 100) ? null : translate('A whole number from 0 to 100.'),
  nameList: (value, translate) =>
    !value || isNameList(value) ? null : translate('Names separated by commas, letters, digits, - and _ only.')
};
