import { Problems } from "../../../constructs/lib/core/errors";
import { checkElasticsearchCron, isElasticsearchCron, parseElasticsearchCron } from "../../../constructs/lib/core/cron";
import { configProblems } from "../../helpers/fixtures";

/**
 * Elasticsearch cron expressions (Quartz's syntax, which Elasticsearch forks): what is accepted, with
 * the longest gap between two runs it implies (the recovery point a snapshot schedule can promise),
 * and each kind of refused expression with its exact message. Elasticsearch's own parser
 * (`elasticsearch-croneval`) cannot run here; the rules are Quartz's documented ones.
 */

const DAY = 24 * 60;

describe("Elasticsearch cron expressions", () => {
  test.each([
    ["0 30 1 * * ?", DAY, "01:30 every day"],
    ["0 30 0/6 * * ?", 6 * 60, "every 6 hours from 00:30"],
    ["0 30 */6 * * ?", 6 * 60, "*/6 is 0/6"],
    ["0 0 1,13 * * ?", 12 * 60, "a list of hours"],
    ["0 0 22-2 * * ?", 20 * 60, "a range that wraps past midnight: 22, 23, 0, 1, 2"],
    ["0 */15 * * * ?", 15, "every 15 minutes"],
    ["0/30 * * ? * *", 0.5, "every 30 seconds, day-of-month the '?' one"],
    ["0 0 12 ? * MON-FRI", 3 * DAY, "weekdays: Friday to Monday is the longest gap"],
    ["0 0 12 ? * 2-6", 3 * DAY, "the same with numbers (1 is Sunday)"],
    ["0 0 12 ? * fri-mon", 4 * DAY, "names in lower case, a range of weekdays wrapping past Saturday"],
    ["0 0 3 ? * SUN", 7 * DAY, "once a week"],
    ["0 0 0 1 * ?", 31 * DAY, "monthly: the longest month"],
    ["0 0 0 L * ?", 31 * DAY, "the last day of the month"],
    ["0 0 0 L-2 * ?", 31 * DAY, "two days before the last"],
    ["0 0 0 LW * ?", 33 * DAY, "the last weekday of the month"],
    ["0 0 0 15W * ?", 32 * DAY, "the weekday nearest the 15th"],
    ["0 0 0 ? * 6L", 35 * DAY, "the last Friday of the month"],
    ["0 0 0 ? * 6#3", 35 * DAY, "the third Friday of the month"],
    ["0 0 0 ? * L", 7 * DAY, "L alone in day-of-week is Saturday"],
    ["0 0 0 29 2 ?", (365 * 4 + 1) * DAY, "29 February: every four years"],
    ["0 30 1 * JAN,jul ?", 154 * DAY, "month names in a list: 31 July to 1 January"],
    ["0 30 1 * * ? *", DAY, "a year field of *"],
    ["  0 30 1 * * ?  ", DAY, "spaces around it"],
  ])("%s: at most %d minutes apart (%s)", (expression, gap) => {
    const parsed = parseElasticsearchCron(expression);
    if (typeof parsed === "string") throw new Error(`refused: ${parsed}`);
    expect(parsed).toEqual({ text: expression, maxGapMinutes: gap });
    expect(isElasticsearchCron(expression)).toBe(true);
    const check = new Problems("x");
    expect(checkElasticsearchCron(check, "schedule", expression)).toBe(true);
    expect(check.any).toBe(false);
  });

  const fix = 'write seconds minutes hours day-of-month month day-of-week in UTC, e.g. "0 30 1 * * ?" for 01:30 every day';
  test.each([
    ["", "it is empty"],
    ["30 1 * * *", "it has 5 fields, not 6 or 7 (seconds minutes hours day-of-month month day-of-week [year])"],
    ["0 30 1 * * ? * 5", "it has 8 fields, not 6 or 7 (seconds minutes hours day-of-month month day-of-week [year])"],
    ["daily", "it has 1 field, not 6 or 7 (seconds minutes hours day-of-month month day-of-week [year])"],
    ["0 30 1 * * *", 'its day-of-month ("*") and day-of-week ("*") are both set, but Elasticsearch takes only one of them (the other "?")'],
    ["0 30 1 ? * ?", 'its day-of-month and day-of-week are both "?", so nothing picks the days'],
    ["0 30 ? * * ?", 'its hours field is "?", which only day-of-month and day-of-week take'],
    ["0 60 1 * * ?", 'its minutes field has "60", outside 0-59'],
    ["0 30 25 * * ?", 'its hours field has "25", outside 0-23'],
    ["0 30 1 0 * ?", 'its day-of-month field has "0", outside 1-31'],
    ["0 30 1 * 13 ?", 'its month field has "13", outside 1-12'],
    ["0 30 1 ? * 8", 'its day-of-week field has "8", outside 1-7'],
    ["0 0/0 1 * * ?", 'its minutes field has "0/0", whose step is not from 1 to 59'],
    ["0 0/60 1 * * ?", 'its minutes field has "0/60", whose step is not from 1 to 59'],
    ["x 30 1 * * ?", 'its seconds field has "x", which is not *, a number, a range (a-b) or a step (a/n)'],
    ["0 30 1 * FOO ?", 'its month field has "FOO", which is not *, a number, a name (JAN-DEC), a range (a-b) or a step (a/n)'],
    ["0 30 1 ? * MON-FRY", 'its day-of-week field has "MON-FRY", which is not *, a number, a name (SUN-SAT), a range (a-b) or a step (a/n)'],
    ["0 30 *-2 * * ?", 'its hours field has "*-2", which is not *, a number, a range (a-b) or a step (a/n)'],
    ["0 30 1 L,5 * ?", 'its day-of-month field has "L,5": L and W stand alone in their field (L, L-3, LW, 15W)'],
    ["0 30 1 L-31 * ?", 'its day-of-month field has "L-31", more than 30 days before the last'],
    ["0 30 1 32W * ?", 'its day-of-month field has "32W", outside 1-31'],
    ["0 30 1 ? * 6L,2", 'its day-of-week field has "6L,2": L and # stand alone in their field (L, 6L, 6#3)'],
    ["0 30 1 ? * 9#2", 'its day-of-week field has "9#2", whose day is outside 1-7 (SUN-SAT)'],
    ["0 30 1 ? * 2#6", 'its day-of-week field has "2#6": a month has a 1st to a 5th of each day'],
    ["0 30 1 * * ? 2030", 'its year field is "2030", which would end the schedule (leave the year out, or write "*")'],
    ["0 0 0 31 2 ?", "it never runs (no day in eight years matches its day and month fields)"],
    ["0 0 0 30 FEB ?", "it never runs (no day in eight years matches its day and month fields)"],
  ])("%j is refused: %s", (expression, reason) => {
    expect(parseElasticsearchCron(expression)).toBe(reason);
    expect(isElasticsearchCron(expression)).toBe(false);
    const check = new Problems("prod-elastic/Elastic");
    expect(checkElasticsearchCron(check, "snapshots.schedule", expression)).toBe(false);
    expect(configProblems(() => check.throwIfAny())).toEqual([
      `prod-elastic/Elastic: snapshots.schedule is not an Elasticsearch cron expression (${reason}), got ${JSON.stringify(expression)}; ${fix}`,
    ]);
  });

  test("a caller's own fix replaces the default", () => {
    const check = new Problems("x");
    checkElasticsearchCron(check, "when", "0 30 1 * * *", "put ? in day-of-week");
    expect(configProblems(() => check.throwIfAny())).toEqual([
      'x: when is not an Elasticsearch cron expression (its day-of-month ("*") and day-of-week ("*") are both set, but Elasticsearch ' +
        'takes only one of them (the other "?")), got "0 30 1 * * *"; put ? in day-of-week',
    ]);
  });
});
