namespace Cpic.Clients.Domain;

/// <summary>Closed code lists of the module (strings, so that an unknown value is a 422, not a 400).</summary>
internal static class ClientCodeLists
{
    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "other"];

    /// <summary>Consent purposes (účel souhlasu).</summary>
    public static readonly IReadOnlyList<string> ConsentPurposes =
        ["service-delivery", "statistics", "contact-for-events", "photo"];
}
