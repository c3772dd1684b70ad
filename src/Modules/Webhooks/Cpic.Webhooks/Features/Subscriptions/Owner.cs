using System.Security.Claims;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Webhooks.Domain;

namespace Cpic.Webhooks.Features.Subscriptions;

/// <summary>Who owns the caller's subscriptions: the token's centre, or the ministry (null) for network-wide ones.</summary>
internal static class Owner
{
    public static string? CentreOf(ClaimsPrincipal user) =>
        user.IsMinistry() ? null
        : user.CentreCode() ?? throw new ProblemException(ProblemTypes.Forbidden, "A centre role needs a centre in its token.");

    /// <summary>422 when the ministry names an event type that is not network-wide.</summary>
    public static void EnsureAllowed(string? centre, IEnumerable<string> eventTypes)
    {
        var allowed = EventCatalogue.Allowed(ministry: centre is null).ToHashSet();
        var refused = eventTypes.Where(t => EventCatalogue.Find(t) is not null && !allowed.Contains(t)).ToList();
        if (refused.Count > 0)
        {
            throw new UnprocessableException("eventTypes",
                $"{string.Join(", ", refused)}: a centre's event, not network-wide; a centre's integrator or head subscribes to it.");
        }
    }
}
