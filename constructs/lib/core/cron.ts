import type { ProblemSink } from "./validate";

/**
 * Elasticsearch cron expressions (snapshot lifecycle policies, Watcher): Quartz's syntax, which
 * Elasticsearch forks. Six fields and an optional seventh, separated by spaces:
 * `seconds minutes hours day-of-month month day-of-week [year]`, always in UTC. Fields take `*`,
 * numbers, lists (`1,15`), ranges (`1-5`, `22-2` wrapping around) and steps (`0/15`, `*\/6`); months
 * also `JAN`-`DEC`, days of the week `1`-`7` or `SUN`-`SAT` (1 is Sunday). Exactly one of
 * day-of-month and day-of-week is `?` ("no specific value"); alone in its field, day-of-month also
 * takes `L`, `L-3`, `LW` and `15W`, day-of-week `L`, `6L` and `6#3`. Parsed fully, so an expression
 * Elasticsearch would refuse fails at synth, and the longest gap between two runs is known (the
 * recovery point a snapshot schedule can promise).
 */

/** A parsed Elasticsearch cron expression. */
export interface ElasticsearchCron {
  /** The expression as written. */
  readonly text: string;
  /** The longest time between two runs, in minutes (over eight years from 2025, so leap days and weekdays all occur). */
  readonly maxGapMinutes: number;
}

/** The fields, in order, as messages name them, with their ranges. */
const FIELDS = [
  { name: "seconds", min: 0, max: 59 },
  { name: "minutes", min: 0, max: 59 },
  { name: "hours", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12 },
  { name: "day-of-week", min: 1, max: 7 },
] as const;

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** The window the gaps are measured over: eight years, two leap days, every weekday on every date. */
const FROM = Date.UTC(2025, 0, 1);
const DAYS = Math.round((Date.UTC(2033, 0, 1) - FROM) / 86_400_000);

/** Which days of a month a day field picks: a set of numbers, or one of the special forms. */
type DayRule =
  | { readonly kind: "none" }
  | { readonly kind: "set"; readonly values: ReadonlySet<number> }
  | { readonly kind: "last"; readonly offset: number }
  | { readonly kind: "lastWeekday" }
  | { readonly kind: "nearestWeekday"; readonly day: number }
  | { readonly kind: "lastOf"; readonly weekday: number }
  | { readonly kind: "nth"; readonly weekday: number; readonly n: number };

/** Why `text` is not an Elasticsearch cron expression (the reason only), or the parsed expression. */
export function parseElasticsearchCron(text: string): ElasticsearchCron | string {
  if (text.trim() === "") return "it is empty";
  const parts = text.trim().split(/\s+/);
  if (parts.length < 6 || parts.length > 7)
    return `it has ${parts.length} field${parts.length === 1 ? "" : "s"}, not 6 or 7 (seconds minutes hours day-of-month month day-of-week [year])`;
  const [sec, min, hour, dom, month, dow, year] = parts;
  const values: number[][] = [];
  for (const [i, field] of [sec, min, hour].entries()) {
    const parsed = parseList(field, FIELDS[i].name, FIELDS[i].min, FIELDS[i].max);
    if (typeof parsed === "string") return parsed;
    values.push(parsed);
  }
  const months = parseList(month, "month", 1, 12, MONTHS, 1);
  if (typeof months === "string") return months;
  if (dom === "?" && dow === "?") return 'its day-of-month and day-of-week are both "?", so nothing picks the days';
  if (dom !== "?" && dow !== "?")
    return `its day-of-month ("${dom}") and day-of-week ("${dow}") are both set, but Elasticsearch takes only one of them (the other "?")`;
  const days = dom !== "?" ? parseDayOfMonth(dom) : parseDayOfWeek(dow);
  if (typeof days === "string") return days;
  if (year !== undefined && year !== "*") return `its year field is "${year}", which would end the schedule (leave the year out, or write "*")`;
  return measure(text, values[0], values[1], values[2], new Set(months), dom !== "?" ? days : undefined, dom === "?" ? days : undefined);
}

/** `value` is an Elasticsearch cron expression (see {@link parseElasticsearchCron}). */
export function isElasticsearchCron(value: string): boolean {
  return typeof parseElasticsearchCron(value) !== "string";
}

/**
 * `value` is an Elasticsearch cron expression (see {@link parseElasticsearchCron}); records
 * `is not an Elasticsearch cron expression (<reason>)`.
 */
export function checkElasticsearchCron(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'write seconds minutes hours day-of-month month day-of-week in UTC, e.g. "0 30 1 * * ?" for 01:30 every day',
): boolean {
  const parsed = parseElasticsearchCron(value);
  if (typeof parsed !== "string") return true;
  check.add(prop, `is not an Elasticsearch cron expression (${parsed})`, value, fix);
  return false;
}

/** A list of numbers, ranges and steps in `min`..`max`; `names` (upper-case) count from `base`. */
function parseList(field: string, name: string, min: number, max: number, names: readonly string[] = [], base = 0): number[] | string {
  if (field === "?") return `its ${name} field is "?", which only day-of-month and day-of-week take`;
  const out = new Set<number>();
  for (const item of field.split(",")) {
    const m = /^(\*|[0-9A-Za-z]+)(?:-([0-9A-Za-z]+))?(?:\/(\d+))?$/.exec(item);
    const value = (token: string | undefined) => {
      if (token === undefined) return undefined;
      if (/^\d+$/.test(token)) return Number(token);
      const at = names.indexOf(token.toUpperCase());
      return at >= 0 ? at + base : NaN;
    };
    const start = m ? (m[1] === "*" ? min : value(m[1])) : NaN;
    const end = m ? value(m[2]) : undefined;
    if (!m || start === undefined || Number.isNaN(start) || Number.isNaN(end) || (m[1] === "*" && m[2] !== undefined)) {
      const named = names.length > 0 ? `, a name (${names[0]}-${names[names.length - 1]})` : "";
      return `its ${name} field has "${item}", which is not *, a number${named}, a range (a-b) or a step (a/n)`;
    }
    if (start < min || start > max || (end !== undefined && (end < min || end > max)))
      return `its ${name} field has "${item}", outside ${min}-${max}`;
    // Quartz's limits: a step of at most 59 seconds or minutes, 23 hours, 31 days, 12 months, 7 weekdays.
    const most = min === 0 ? max : max - min + 1;
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    if (step < 1 || step > most) return `its ${name} field has "${item}", whose step is not from 1 to ${most}`;
    // a/n runs to the end of the range; a-b wraps past the end when b < a (22-2: 22, 23, 0, 1, 2).
    const last = end ?? (m[1] === "*" || m[3] !== undefined ? max : start);
    const span = last >= start ? last - start : max - start + 1 + last - min;
    for (let k = 0; k <= span; k += step) out.add(start + k > max ? start + k - (max - min + 1) : start + k);
  }
  return [...out].sort((a, b) => a - b);
}

function parseDayOfMonth(field: string): DayRule | string {
  const upper = field.toUpperCase();
  if (upper === "L") return { kind: "last", offset: 0 };
  if (upper === "LW") return { kind: "lastWeekday" };
  if (/^L-\d+$/.test(upper)) {
    const offset = Number(upper.slice(2));
    return offset <= 30 ? { kind: "last", offset } : `its day-of-month field has "${field}", more than 30 days before the last`;
  }
  if (/^\d+W$/.test(upper)) {
    const day = Number(upper.slice(0, -1));
    return day >= 1 && day <= 31 ? { kind: "nearestWeekday", day } : `its day-of-month field has "${field}", outside 1-31`;
  }
  if (/[LW]/.test(upper)) return `its day-of-month field has "${field}": L and W stand alone in their field (L, L-3, LW, 15W)`;
  const days = parseList(field, "day-of-month", 1, 31);
  return typeof days === "string" ? days : { kind: "set", values: new Set(days) };
}

function parseDayOfWeek(field: string): DayRule | string {
  const upper = field.toUpperCase();
  const weekday = (token: string) => (/^\d$/.test(token) ? Number(token) : WEEKDAYS.indexOf(token) + 1);
  if (upper === "L") return { kind: "set", values: new Set([7]) };
  const lastOf = /^([1-7]|[A-Z]{3})L$/.exec(upper);
  if (lastOf && weekday(lastOf[1]) >= 1) return { kind: "lastOf", weekday: weekday(lastOf[1]) };
  const nth = /^([0-9]|[A-Z]{3})#(\d+)$/.exec(upper);
  if (nth) {
    if (!(weekday(nth[1]) >= 1 && weekday(nth[1]) <= 7)) return `its day-of-week field has "${field}", whose day is outside 1-7 (SUN-SAT)`;
    const n = Number(nth[2]);
    return n >= 1 && n <= 5
      ? { kind: "nth", weekday: weekday(nth[1]), n }
      : `its day-of-week field has "${field}": a month has a 1st to a 5th of each day`;
  }
  if (/[L#]/.test(upper)) return `its day-of-week field has "${field}": L and # stand alone in their field (L, 6L, 6#3)`;
  const days = parseList(field, "day-of-week", 1, 7, WEEKDAYS, 1);
  return typeof days === "string" ? days : { kind: "set", values: new Set(days) };
}

/** Whether the day `date` (UTC midnight) is picked by the rules. */
function picks(date: Date, months: ReadonlySet<number>, dom: DayRule | undefined, dow: DayRule | undefined): boolean {
  const month = date.getUTCMonth() + 1;
  if (!months.has(month)) return false;
  const day = date.getUTCDate();
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), month, 0)).getUTCDate();
  const weekdayOf = (d: number) => new Date(Date.UTC(date.getUTCFullYear(), month - 1, d)).getUTCDay() + 1;
  const rule = dom ?? dow ?? { kind: "none" };
  switch (rule.kind) {
    case "none":
      return false;
    case "set":
      return rule.values.has(dom ? day : weekdayOf(day));
    case "last":
      return day === lastDay - rule.offset;
    case "lastWeekday": {
      const w = weekdayOf(lastDay);
      return day === lastDay - (w === 7 ? 1 : w === 1 ? 2 : 0);
    }
    case "nearestWeekday": {
      if (rule.day > lastDay) return false;
      const w = weekdayOf(rule.day);
      let target = rule.day;
      if (w === 7) target = rule.day === 1 ? 3 : rule.day - 1;
      else if (w === 1) target = rule.day === lastDay ? rule.day - 2 : rule.day + 1;
      return day === target;
    }
    case "lastOf":
      return weekdayOf(day) === rule.weekday && day + 7 > lastDay;
    case "nth":
      return weekdayOf(day) === rule.weekday && Math.ceil(day / 7) === rule.n;
  }
}

/** The longest gap between two runs over the window; a schedule that never runs there is refused. */
function measure(
  text: string,
  seconds: readonly number[],
  minutes: readonly number[],
  hours: readonly number[],
  months: ReadonlySet<number>,
  dom: DayRule | undefined,
  dow: DayRule | undefined,
): ElasticsearchCron | string {
  // Every picked day runs at the same times of day: the gaps inside a day, then between picked days.
  const times = hours.flatMap((h) => minutes.flatMap((m) => seconds.map((s) => h * 3600 + m * 60 + s))).sort((a, b) => a - b);
  let maxGap = 0;
  for (let i = 1; i < times.length; i++) maxGap = Math.max(maxGap, times[i] - times[i - 1]);
  const picked: number[] = [];
  for (let d = 0; d < DAYS; d++) if (picks(new Date(FROM + d * 86_400_000), months, dom, dow)) picked.push(d);
  if (picked.length === 0) return "it never runs (no day in eight years matches its day and month fields)";
  if (picked.length === 1 && times.length === 1) return "it runs once in eight years";
  for (let i = 1; i < picked.length; i++) maxGap = Math.max(maxGap, (picked[i] - picked[i - 1]) * 86400 + times[0] - times[times.length - 1]);
  if (picked.length === 1) maxGap = Math.max(maxGap, DAYS * 86400);
  return { text, maxGapMinutes: maxGap / 60 };
}
