using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;

namespace Cpic.Platforms.Features.Evaluations;

/// <summary>The figures of a score question.</summary>
/// <param name="Question" example="usefulness">usefulness or information.</param>
/// <param name="Average" example="4.25">Mean of the answers, two decimals; null without answers.</param>
/// <param name="Distribution" example="[0, 0, 1, 1, 2]">How many answered 1, 2, 3, 4 and 5.</param>
internal sealed record ScoreResult(string Question, decimal? Average, IReadOnlyList<int> Distribution);

/// <summary>How many chose an option of the frequency question.</summary>
/// <param name="Option" example="right">too-rare, right or too-often.</param>
/// <param name="Answers" example="3">How many chose it.</param>
internal sealed record ChoiceCount(string Option, int Answers);

/// <summary>The figures of a round, without texts: what the ministry sees too.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Centre" example="LBC">The centre.</param>
/// <param name="BodyId">The body.</param>
/// <param name="BodyName" example="Regionální platforma Libereckého kraje">Its name.</param>
/// <param name="BodyKind" example="regional-platform">Its kind.</param>
/// <param name="Year" example="2026">The evaluated year.</param>
/// <param name="Closed" example="true">Whether the figures are final.</param>
/// <param name="Invited" example="8">Actors invited.</param>
/// <param name="Answered" example="4">Actors that answered.</param>
/// <param name="ResponseRate" example="0.5">Answered / invited, two decimals.</param>
/// <param name="Scores">usefulness and information.</param>
/// <param name="Frequency">Answers per option of the frequency question.</param>
internal sealed record EvaluationSummary(Guid RoundId, string Centre, Guid BodyId, string BodyName, string BodyKind, int Year,
    bool Closed, int Invited, int Answered, decimal ResponseRate, IReadOnlyList<ScoreResult> Scores, IReadOnlyList<ChoiceCount> Frequency)
{
    internal static EvaluationSummary Of(EvaluationRound round, IReadOnlyList<EvaluationAnswer> answers) => new(
        round.Id, round.Centre, round.BodyId, round.BodyName, round.BodyKind, round.Year, round.Closed, round.Invitees.Count,
        answers.Count, round.Invitees.Count == 0 ? 0 : Math.Round((decimal)answers.Count / round.Invitees.Count, 2),
        [Score("usefulness", answers.Select(a => a.Usefulness)), Score("information", answers.Select(a => a.Information))],
        [.. Questionnaire.Frequencies.Select(f => new ChoiceCount(f, answers.Count(a => a.Frequency == f)))]);

    /// <summary>The summaries of the rounds, with their answers read in one query.</summary>
    internal static async Task<IReadOnlyList<EvaluationSummary>> OfAsync(IQuerySession session, IReadOnlyList<EvaluationRound> rounds,
        bool anyCentre, CancellationToken ct)
    {
        var ids = rounds.Select(r => r.Id).ToArray();
        var query = anyCentre ? session.Query<EvaluationAnswer>().Where(a => a.AnyTenant()) : session.Query<EvaluationAnswer>();
        var answers = (await query.Where(a => a.RoundId.IsOneOf(ids)).ToListAsync(ct)).ToLookup(a => a.RoundId);
        return [.. rounds.Select(r => Of(r, [.. answers[r.Id]]))];
    }

    private static ScoreResult Score(string question, IEnumerable<int> scores)
    {
        var all = scores.ToList();
        return new(question, all.Count == 0 ? null : Math.Round((decimal)all.Average(), 2),
            [.. Enumerable.Range(Questionnaire.MinScore, Questionnaire.MaxScore - Questionnaire.MinScore + 1).Select(s => all.Count(x => x == s))]);
    }
}

/// <summary>An actor's texts (for the centre's staff only).</summary>
/// <param name="ActorName" example="Krajská pobočka ÚP Liberec">The answering actor (an organisation, not a person).</param>
/// <param name="Themes" example="Bydlení cizinců">Themes to add.</param>
/// <param name="Change" example="Zasílat podklady týden předem.">What to change.</param>
/// <param name="Comment" example="Děkujeme za organizaci.">Free comment.</param>
internal sealed record EvaluationComment(string ActorName, string? Themes, string? Change, string? Comment);

/// <summary>A round's results for the centre: the figures and the texts of the answers that have any.</summary>
/// <param name="Summary">Response rate, score averages and distributions, frequency counts.</param>
/// <param name="Comments">The texts, by actor name.</param>
internal sealed record EvaluationResults(EvaluationSummary Summary, IReadOnlyList<EvaluationComment> Comments)
{
    /// <summary>The centre's round with its answers (404 for another centre's round).</summary>
    internal static async Task<(EvaluationRound Round, IReadOnlyList<EvaluationAnswer> Answers)> LoadAsync(IQuerySession session, Guid id,
        CancellationToken ct)
    {
        var round = await session.LoadAsync<EvaluationRound>(id, ct) ?? throw new NotFoundException("Evaluation round", id.ToString());
        return (round, await session.Query<EvaluationAnswer>().Where(a => a.RoundId == id).ToListAsync(ct));
    }

    internal static EvaluationResults Of(EvaluationRound round, IReadOnlyList<EvaluationAnswer> answers)
    {
        var names = round.Invitees.ToDictionary(i => i.Id, i => i.ActorName);
        return new(EvaluationSummary.Of(round, answers), [.. answers.Where(a => (a.Themes ?? a.Change ?? a.Comment) is not null)
            .OrderBy(a => names[a.Id]).Select(a => new EvaluationComment(names[a.Id], a.Themes, a.Change, a.Comment))]);
    }
}
