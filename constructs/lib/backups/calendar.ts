/**
 * Proxmox calendar events (the `schedule` of a backup job; systemd's OnCalendar shape, the subset
 * Proxmox documents): `[WEEKDAYS] [*-*-DAY] [HOUR:MINUTE[:SECOND]]`, or one of `minutely`, `hourly`,
 * `daily`, `weekly`, `monthly`, `yearly`. Weekdays are `mon`..`sun`, lists (`mon,wed`) and ranges
 * (`mon..fri`); hours, minutes and days are `*`, numbers, lists (`2,14`), ranges (`8..18`) and
 * repetitions (`0/15`, `*\/6`). Parsed fully, so a schedule Proxmox would refuse fails at synth, and
 * the longest gap between two runs is known (the RPO a schedule can promise).
 */

/** A parsed calendar event: the minutes of a 31-day month starting on a Monday at which it fires. */
export interface CalendarEvent {
  /** The event as written. */
  readonly text: string;
  /** The longest time between two runs, in minutes (over a 31-day month; `monthly` and `yearly` by their period). */
  readonly maxGapMinutes: number;
  /** Minute of the day (0..1439) of its first run in the week, for spotting jobs that start together. */
  readonly firstMinute: number;
}

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const KEYWORDS: Record<string, string> = {
  minutely: "*:*",
  hourly: "*:00",
  daily: "00:00",
  weekly: "mon 00:00",
};
const LONG: Record<string, number> = { monthly: 31 * 24 * 60, yearly: 366 * 24 * 60 };

/** Why `text` is not a calendar event, or the parsed event. */
export function parseCalendarEvent(text: string): CalendarEvent | string {
  const trimmed = text.trim();
  if (trimmed === "") return "is empty";
  if (LONG[trimmed] !== undefined) return { text, maxGapMinutes: LONG[trimmed], firstMinute: 0 };
  const parts = (KEYWORDS[trimmed] ?? trimmed).split(/\s+/);
  let weekdays: Set<number> | undefined;
  let days: Set<number> | undefined;
  let time = "00:00";
  for (const part of parts) {
    if (/^[a-z]/.test(part)) {
      if (weekdays) return `names weekdays twice ("${part}")`;
      const parsed = parseWeekdays(part);
      if (typeof parsed === "string") return parsed;
      weekdays = parsed;
    } else if (part.includes("-")) {
      if (days) return `has two dates ("${part}")`;
      const m = /^(?:\*|\d{4})-(?:\*|\d{1,2})-(.+)$/.exec(part);
      if (!m || !/^\*-\*-/.test(part)) return `has a date "${part}" this check does not take: write "*-*-DAY" (a day of the month), or no date`;
      const parsed = parseField(m[1], 1, 31, "day");
      if (typeof parsed === "string") return parsed;
      days = new Set(parsed);
    } else if (part.includes(":")) {
      time = part;
    } else {
      return `has "${part}", which is neither weekdays, a date nor a time`;
    }
  }
  const fields = time.split(":");
  if (fields.length < 2 || fields.length > 3) return `has a time "${time}" that is not HOUR:MINUTE or HOUR:MINUTE:SECOND`;
  const hours = parseField(fields[0], 0, 23, "hour");
  if (typeof hours === "string") return hours;
  const minutes = parseField(fields[1], 0, 59, "minute");
  if (typeof minutes === "string") return minutes;
  if (fields[2] !== undefined && !/^\d{1,2}$/.test(fields[2])) return `has seconds "${fields[2]}"; write a plain number or leave them out`;
  // A 31-day month starting on a Monday: every weekday and every day of the month occurs.
  const runs: number[] = [];
  for (let day = 0; day < 31; day++) {
    if (weekdays && !weekdays.has(day % 7)) continue;
    if (days && !days.has(day + 1)) continue;
    for (const h of hours) for (const m of minutes) runs.push(day * 1440 + h * 60 + m);
  }
  if (runs.length === 0) return "never runs";
  runs.sort((a, b) => a - b);
  const period = days ? 31 * 1440 : weekdays ? 7 * 1440 : 1440;
  const inPeriod = runs.filter((r) => r < period);
  let maxGap = inPeriod[0] + period - inPeriod[inPeriod.length - 1];
  for (let i = 1; i < inPeriod.length; i++) maxGap = Math.max(maxGap, inPeriod[i] - inPeriod[i - 1]);
  return { text, maxGapMinutes: maxGap, firstMinute: runs[0] % 1440 };
}

function parseWeekdays(part: string): Set<number> | string {
  const out = new Set<number>();
  for (const item of part.split(",")) {
    const [from, to] = item.split("..");
    const a = WEEKDAYS.indexOf(from.slice(0, 3));
    const b = to === undefined ? a : WEEKDAYS.indexOf(to.slice(0, 3));
    if (a < 0 || b < 0 || !/^[a-z]{3,9}$/.test(from) || (to !== undefined && !/^[a-z]{3,9}$/.test(to)))
      return `has "${item}", which is not a weekday or a range of weekdays (mon..sun)`;
    for (let d = a; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === b) break;
    }
  }
  return out;
}

function parseField(text: string, min: number, max: number, what: string): number[] | string {
  const out = new Set<number>();
  for (const item of text.split(",")) {
    const m = /^(\*|\d{1,2})(?:\.\.(\d{1,2}))?(?:\/(\d{1,2}))?$/.exec(item);
    if (!m) return `has ${what} "${item}", which is not a number, a range (a..b) or a repetition (a/step)`;
    const start = m[1] === "*" ? min : Number(m[1]);
    const end = m[2] !== undefined ? Number(m[2]) : m[1] === "*" || m[3] !== undefined ? max : start;
    const step = m[3] !== undefined ? Number(m[3]) : 1;
    if (start < min || end > max || start > end) return `has ${what} "${item}" outside ${min}..${max}`;
    if (step < 1) return `has ${what} "${item}" with a step of 0`;
    for (let v = start; v <= end; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}
