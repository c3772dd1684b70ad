using System.Text.Json.Serialization;
using Cpic.BuildingBlocks;
using Cpic.Platforms.Domain;
using FluentValidation;

namespace Cpic.Platforms.Features.Evaluations;

/// <summary>Which year a new evaluation round of a body covers, and how long its response links work.</summary>
/// <param name="Year" example="2026">The evaluated year, from 2000 to next year.</param>
/// <param name="LinkDays" example="30">Days a response link works from when it is issued, 1–180; default 30.</param>
public sealed record OpenEvaluationInput(int? Year, int? LinkDays = null)
{
    internal sealed class Validator : AbstractValidator<OpenEvaluationInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Year).NotNull().InclusiveBetween(2000, clock.Today().Year + 1);
            RuleFor(x => x.LinkDays).InclusiveBetween(1, EvaluationRound.MaxLinkDays);
        }
    }
}

/// <summary>
/// One actor's answer to the questionnaire (its questions: <c>questions</c> of the form). A field that is no question
/// is refused (400), so nothing typed in is silently lost.
/// </summary>
/// <param name="Usefulness" example="4">Score 1–5 (5 best): how useful the body was this year.</param>
/// <param name="Information" example="5">Score 1–5 (5 best): how informative its meetings were.</param>
/// <param name="Frequency" example="right">too-rare, right or too-often.</param>
/// <param name="Themes" example="Bydlení cizinců, zdravotní pojištění">Themes to add; at most 2,000 characters.</param>
/// <param name="Change" example="Zasílat podklady týden předem.">What to change; at most 2,000 characters.</param>
/// <param name="Comment" example="Děkujeme za organizaci.">Free comment; at most 2,000 characters.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AnswerInput(int? Usefulness, int? Information, string? Frequency, string? Themes, string? Change, string? Comment)
    : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<AnswerInput>
    {
        public Validator()
        {
            RuleFor(x => x.Usefulness).NotNull().InclusiveBetween(Questionnaire.MinScore, Questionnaire.MaxScore);
            RuleFor(x => x.Information).NotNull().InclusiveBetween(Questionnaire.MinScore, Questionnaire.MaxScore);
            RuleFor(x => x.Frequency).NotEmpty().Must(f => f is null || Questionnaire.Frequencies.Contains(f))
                .WithMessage($"frequency is one of {string.Join(", ", Questionnaire.Frequencies)}.");
            RuleFor(x => x.Themes).MaximumLength(Questionnaire.MaxText);
            RuleFor(x => x.Change).MaximumLength(Questionnaire.MaxText);
            RuleFor(x => x.Comment).MaximumLength(Questionnaire.MaxText);
        }
    }

    internal static AnswerInput? Of(EvaluationAnswer? a) =>
        a is null ? null : new(a.Usefulness, a.Information, a.Frequency, a.Themes, a.Change, a.Comment);

    internal void ApplyTo(EvaluationAnswer answer) =>
        (answer.Usefulness, answer.Information, answer.Frequency, answer.Themes, answer.Change, answer.Comment) =
        (Usefulness!.Value, Information!.Value, Frequency!, Blank(Themes), Blank(Change), Blank(Comment));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a response link shows: the body and year, the questions, and the answer given so far.</summary>
/// <param name="BodyName" example="Regionální platforma Libereckého kraje">The evaluated body.</param>
/// <param name="Year" example="2026">The evaluated year.</param>
/// <param name="ActorName" example="Krajská pobočka ÚP Liberec">The actor the link is for.</param>
/// <param name="Open" example="true">False once the centre closed the round: answers are refused then (410).</param>
/// <param name="Questions">The fixed questionnaire.</param>
/// <param name="Answer">The answer given through this link, null before the first.</param>
public sealed record EvaluationForm(string BodyName, int Year, string ActorName, bool Open, IReadOnlyList<Question> Questions,
    AnswerInput? Answer)
{
    /// <summary>The anonymous response link: questions (GET) and answer (POST).</summary>
    internal const string Route = "/api/v1/platforms/evaluations/responses/{token}";

    /// <summary>The rate limiter policy of the anonymous endpoints (per client address, see PlatformsModule).</summary>
    internal const string RateLimit = "platforms-public";

    internal static EvaluationForm Of(EvaluationRound round, Invitee invitee, EvaluationAnswer? answer) =>
        new(round.BodyName, round.Year, invitee.ActorName, !round.Closed, Questionnaire.Questions, AnswerInput.Of(answer));
}
