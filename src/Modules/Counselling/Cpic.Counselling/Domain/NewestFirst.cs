using Cpic.BuildingBlocks.Http;
using Marten;
using Marten.Linq.MatchesSql;
using Microsoft.AspNetCore.Http;

namespace Cpic.Counselling.Domain;

/// <summary>A document listed newest first by its sort key (date, start time, id), which is indexed.</summary>
internal interface ISortedNewestFirst
{
    string SortKey { get; }
}

internal static class NewestFirst
{
    /// <summary>One keyset page of <paramref name="query"/>, newest first, after the cursor's sort key.</summary>
    public static async Task<Page<TOut>> PageAsync<T, TOut>(this IQueryable<T> query, PageRequest page,
        Func<T, TOut> map, HttpRequest request, CancellationToken ct) where T : ISortedNewestFirst
    {
        if (page.After<string>() is { } after)
        {
            query = query.Where(d => d.MatchesSql("d.data ->> 'sortKey' < ?", after));
        }

        var rows = await query.OrderBySql("d.data ->> 'sortKey' desc").Take(page.Limit + 1).ToListAsync(ct);
        return page.ToPage(rows, d => d.SortKey, map, request);
    }
}
