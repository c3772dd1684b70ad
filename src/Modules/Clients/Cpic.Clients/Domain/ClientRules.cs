using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using FluentValidation;
using Marten;

namespace Cpic.Clients.Domain;

/// <summary>Rules on client details that need stored data (the validator checks the rest).</summary>
internal static class ClientRules
{
    /// <summary>Bounds of dates the module accepts (a date outside is a typo or a missing value).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>Text without control characters (PostgreSQL cannot store a NUL in jsonb; the rest is junk in a name).</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || !s.Any(char.IsControl)).WithMessage("{PropertyName} cannot contain control characters.");

    public static bool HasControlCharacters(string? text) => text is not null && text.Any(char.IsControl);

    /// <summary>The workplace belongs to the caller's centre; household members are clients of the same centre.</summary>
    public static async Task CheckReferencesAsync(this IQuerySession session, ClientDetails details, Guid? self,
        CancellationToken ct)
    {
        await session.WorkplaceOfCentreAsync(details.Workplace, ct);

        var household = details.Household ?? [];
        if (self is { } id && household.Contains(id))
        {
            throw new UnprocessableException("household", "A client cannot be a member of their own household.");
        }

        if (household.Count > 0)
        {
            var found = await session.Query<Client>().Where(c => household.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            var missing = household.Except(found).ToList();
            if (missing.Count > 0)
            {
                throw new UnprocessableException("household", $"Not clients of this centre: {string.Join(", ", missing)}.");
            }
        }
    }
}
