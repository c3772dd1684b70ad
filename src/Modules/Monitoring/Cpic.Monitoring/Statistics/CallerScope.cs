using System.Security.Claims;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Marten;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Facts are not tenanted (they are anonymised aggregates), so scoping happens here: ministry roles see every
/// centre; centre staff see their own centre only, and asking for another centre, its workplace or another
/// region is a 403. Unknown centres and workplaces are 404, unknown regions and a centre or workplace outside the named
/// region 422.
/// </summary>
internal static class CallerScope
{
    public static async Task<(string? Centre, string? Workplace, string? Region)> Resolve(ClaimsPrincipal user,
        IQuerySession session, string? centre, string? workplace, string? region, CancellationToken ct)
    {
        if (region is not null && !CodeLists.Regions.Contains(region))
        {
            throw new UnprocessableException("region", $"'{region}' is not a region code (CZ-NUTS, e.g. CZ051).");
        }

        var own = user.IsMinistry() ? null : user.CentreCode()
            ?? throw new OutOfScopeException("Only ministry roles and staff of a centre may read monitoring figures.");
        var centreDoc = centre is null ? null
            : await session.FindCentreAsync(centre, ct) ?? throw new NotFoundException("Centre", centre);
        Centre? workplaceCentre = null;
        if (workplace is not null)
        {
            var centres = await session.Query<Centre>().ToListAsync(ct);
            workplaceCentre = centres.FirstOrDefault(c => c.FindWorkplace(workplace) is not null)
                ?? throw new NotFoundException("Workplace", workplace);
            if (centreDoc is not null && workplaceCentre.Id != centreDoc.Id)
            {
                throw new UnprocessableException("workplace", $"Workplace '{workplace}' is not a workplace of centre '{centre}'.");
            }
        }

        // A centre or workplace outside the named region would silently give zeros: say so instead.
        if (region is not null && (centreDoc ?? workplaceCentre) is { } named && named.Region != region)
        {
            throw new UnprocessableException("region", $"Centre '{named.Id}' is not in region '{region}'.");
        }

        if (own is null)
        {
            return (centre, workplace, region);
        }

        var ownCentre = await session.FindCentreAsync(own, ct) ?? throw new NotFoundException("Centre", own);
        if ((centre is not null && centre != own) || (workplaceCentre is not null && workplaceCentre.Id != own)
            || (region is not null && region != ownCentre.Region))
        {
            throw new OutOfScopeException($"Staff of centre {own} see the figures of their own centre only.");
        }

        return (own, workplace, region);
    }
}
