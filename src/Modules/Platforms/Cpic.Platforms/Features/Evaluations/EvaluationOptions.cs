namespace Cpic.Platforms.Features.Evaluations;

/// <summary>
/// Settings of the yearly evaluations (configuration section <c>Platforms:Evaluation</c>, README "Configuration").
/// </summary>
public sealed class EvaluationOptions
{
    public const string Section = "Platforms:Evaluation";

    /// <summary>
    /// The public address of the host (e.g. <c>https://cpic.example.org</c>) that e-mailed response links start with,
    /// followed by the link's path. Empty: the e-mails carry the path only.
    /// </summary>
    public string LinkBase { get; set; } = "";
}
