using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Domain;
using System.Security.Claims;

namespace Cpic.Counselling.Features.Services;

/// <summary>
/// A service record as the API shows it. <c>notes</c> are protected: present only for counsellors and centre heads
/// (null for every other role); <c>status</c> is <c>recorded</c>, <c>corrected</c> or <c>cancelled</c>.
/// </summary>
internal sealed record ServiceResponse(
    Guid Id, int Version, string Status, string? CancellationReason, IReadOnlyList<Guid> ClientIds, int? AudienceSize,
    DateOnly Date, string? StartTime, int Minutes, string ServiceType, string Form, string Workplace, Place Place,
    IReadOnlyList<string> Topics, Interpreter? Interpreter, IReadOnlyList<string> Workers, string? FundingSource,
    string? Outcome, string? Notes, DateTimeOffset ChangedAt, string ChangedBy)
{
    public static ServiceResponse From(ServiceRecord r, ClaimsPrincipal user)
    {
        var d = r.Details;
        return new ServiceResponse(r.Id, r.Version, r.Action, r.CancellationReason, d.ClientIds, d.AudienceSize, d.Date,
            d.StartTime, d.Minutes, d.ServiceType, d.Form, d.Workplace, d.Place, d.Topics, d.Interpreter, d.Workers,
            d.FundingSource, d.Outcome, ProtectedNotes.Visible(d.Notes, user), r.ChangedAt, r.ChangedBy);
    }
}

/// <summary>Who may read protected notes: the counselling staff of the centre, not lecturers or integrators.</summary>
internal static class ProtectedNotes
{
    public static bool MayRead(ClaimsPrincipal user) => user.IsInRole(Roles.Counsellor) || user.IsInRole(Roles.CentreHead);

    public static string? Visible(string? notes, ClaimsPrincipal user) => MayRead(user) ? notes : null;
}
