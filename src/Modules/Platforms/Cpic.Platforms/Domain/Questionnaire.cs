namespace Cpic.Platforms.Domain;

/// <summary>
/// The fixed questionnaire of the yearly evaluation (docs/platforms.md): two scores 1–5, the fit of the meeting
/// frequency, and three optional texts. Changing it changes the meaning of past results, so it is code, not data.
/// </summary>
internal static class Questionnaire
{
    public const int MinScore = 1, MaxScore = 5, MaxText = 2000;

    public static readonly IReadOnlyList<string> Frequencies = ["too-rare", "right", "too-often"];

    public static readonly IReadOnlyList<Question> Questions =
    [
        new("usefulness", "score", "Jak užitečná pro vás byla platforma v tomto roce?", "How useful was the body to you this year?", true),
        new("information", "score", "Jakou informační hodnotu pro vás setkání měla?", "How informative were its meetings for you?", true),
        new("frequency", "choice", "Vyhovuje vám četnost setkání?", "Does the meeting frequency suit you?", true, Frequencies),
        new("themes", "text", "Která témata byste doplnili?", "Which themes should be added?", false),
        new("change", "text", "Co byste změnili?", "What would you change?", false),
        new("comment", "text", "Volný komentář", "Free comment", false),
    ];
}

/// <summary>One question of the evaluation questionnaire.</summary>
/// <param name="Id" example="usefulness">The field of the answer that holds it.</param>
/// <param name="Kind" example="score">score (whole number 1–5, 5 best), choice (one of <c>options</c>) or text (at most 2,000 characters).</param>
/// <param name="TextCs" example="Jak užitečná pro vás byla platforma v tomto roce?">The question in Czech.</param>
/// <param name="TextEn" example="How useful was the body to you this year?">The question in English.</param>
/// <param name="Required" example="true">Whether an answer must give it.</param>
/// <param name="Options">The choices of a choice question.</param>
public sealed record Question(string Id, string Kind, string TextCs, string TextEn, bool Required, IReadOnlyList<string>? Options = null);
