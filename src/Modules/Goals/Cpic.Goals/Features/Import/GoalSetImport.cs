using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Cpic.Monitoring.Contracts;
using FluentValidation;
using Marten;

namespace Cpic.Goals.Features.Import;

/// <summary>Goal sets of several centres for one year (the import format, docs/goals.md "Import").</summary>
/// <param name="Year" example="2026">The year of every set.</param>
/// <param name="Sets">One entry per centre, at most 100.</param>
public sealed record GoalSetImport(int? Year, IReadOnlyList<CentreGoals> Sets) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<GoalSetImport>
    {
        public Validator()
        {
            RuleFor(i => i.Year).NotNull().InclusiveBetween(2000, 2100);
            RuleFor(i => i.Sets).NotEmpty();
            RuleFor(i => i.Sets.Count).LessThanOrEqualTo(100).OverridePropertyName("sets").When(i => i.Sets is not null);
            RuleForEach(i => i.Sets).NotNull().ChildRules(s =>
            {
                s.RuleFor(x => x.Centre).NotEmpty();
                s.RuleFor(x => x.Goals).NotNull();
                s.RuleForEach(x => x.Goals).NotNull().SetValidator(new GoalInput.Validator());
            });
        }
    }

    /// <summary>
    /// Stores every set as a draft of its centre in one transaction, or nothing: an unknown or repeated centre, a bad
    /// goal (422) or a centre that already has a set for the year (409, even one stored at the same moment) stops the
    /// whole import.
    /// </summary>
    internal async Task<List<GoalSet>> AddAsync(IDocumentSession session, IMonitoringMetrics metrics, string userId,
        DateTimeOffset now, CancellationToken ct)
    {
        var year = Year!.Value;
        var centres = (await session.Query<Centre>().ToListAsync(ct)).ToDictionary(c => c.Id);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < Sets.Count; i++)
        {
            var centre = centres.GetValueOrDefault(Sets[i].Centre);
            if (centre is null || Sets.Take(i).Any(s => s.Centre == Sets[i].Centre))
            {
                errors[$"sets[{i}].centre"] = [$"'{Sets[i].Centre}' is not a centre code of the registry, or is named twice."];
            }

            foreach (var error in GoalChecks.Check(Sets[i].Goals, year, centre, $"sets[{i}].goals", metrics))
            {
                errors[error.Key] = error.Value;
            }
        }

        if (errors.Count > 0)
        {
            throw new UnprocessableException(errors);
        }

        var codes = Sets.Select(s => s.Centre).ToList();
        await OneSetPerYear.ThrowIfTakenAsync(session, codes, year, ct);
        List<GoalSet> added = [.. Sets.Select(s => Add(session, centres[s.Centre], year, [.. s.Goals.Select(g => g.ToGoal(year))], userId, now))];
        await OneSetPerYear.SaveAsync(session, codes, year, ct);
        return added;
    }

    private static GoalSet Add(IDocumentSession session, Centre centre, int year, List<Goal> goals, string userId, DateTimeOffset now)
    {
        var set = new GoalSet { Id = Guid.CreateVersion7(), Version = 1, Centre = centre.Id, Region = centre.Region, Year = year, Goals = goals };
        set.Record("imported", userId, now);
        session.ForTenant(centre.Id).Insert(set);
        return set;
    }
}

/// <summary>A centre's goals in an import.</summary>
/// <param name="Centre" example="ZLK">Centre code.</param>
/// <param name="Goals">Its goals, as in <c>POST /api/v1/goals/sets</c>.</param>
public sealed record CentreGoals(string Centre, IReadOnlyList<GoalInput> Goals);
