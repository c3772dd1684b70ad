namespace Cpic.Monitoring.Statistics;

/// <summary>The statistics definitions for the OpenAPI description; docs/statistics.md has the full text.</summary>
internal static class StatisticsDocs
{
    public const string Description = """
        Definitions version 2.0 (the response's `definitionVersion`; full text in docs/statistics.md).
        **Period**: `from` and `to` (yyyy-MM-dd, inclusive, at most 10 years); a service belongs to the period of its date.
        **Service**: a recorded, not cancelled intervention (latest correction applies); a group service counts once.
        **Client**: a distinct pseudonymous client key with at least one service in the period; merged records count
        once (as the surviving record), anonymised clients still count. **Minutes**: duration of services.
        **Breakdowns** (`breakdowns.<dimension>`): serviceType, form, placeType, topic (a service counts under each
        of its topics), interpreterLanguage (interpreted services only), nationality (`totals.countries` = distinct
        nationalities), residenceCategory (a service under the category valid on its date, a client under the category
        valid on the last day of the period on which it had a service), sex, ageBand (age on `to`: 0-14, 15-17, 18-24, 25-34, 35-44, 45-61, 62+; an
        anonymous client by the middle year of its five-year birth-year band), centre, workplace, region, month (yyyy-MM). For client dimensions `services` counts services received (a group
        service once per client) and minutes are not given. A `code` of null means not recorded.
        **groupBy**: one or two dimensions (comma-separated) give `crossTable`; unknown, three, the same twice or an
        empty name is a 422. Figures are always live: a closed month's frozen figures are its period snapshot.
        **Courses**: courses with a session held in the period; participants = distinct clients enrolled and not
        withdrawn; completion rate = completed / participants; SKK audience of the sessions held; completions (and AIK
        completions) dated in the period, of every course in scope, also one that held no session in the period.
        **Scope**: ministry roles see all centres (filter with `centre`, `workplace`, `region`); centre staff see their
        own centre only (403 for another centre, workplace or region).
        **public=true** shows counts from 1 to 4 as "<5" (JSON, CSV, XLSX). In a breakdown, cross-table row or column
        or course list holding such a count, more counts are hidden (the smallest first) until no hidden count can be
        worked out from the line's total, and every hidden count of the line, small or not, is written "x"
        (secondary suppression). No ratio is given over a hidden count. **Formats**: JSON, CSV or XLSX by `format=` (wins) or Accept; CSV/XLSX columns: section,
        code, code2, clients, services, minutes, courses, sessions, teachingHours, completed, servicesPerClient,
        interpretedServices, countries, audience, completions, completionRate, towns (joined by |), definitionVersion;
        sections totals, breakdown.<dimension>, crossTable, courses.total, courses.category, courses.courseType,
        courses.aikCompletions, courses.skkAudience: every figure of the JSON. Header `Cpic-Statistics-Definition` on every format.
        """;
}
