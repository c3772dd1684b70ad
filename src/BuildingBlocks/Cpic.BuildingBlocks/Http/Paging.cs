using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Cpic.BuildingBlocks.Http;

/// <summary>A page of a keyset-paged list. <see cref="Next"/> is the link to the following page, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, string? Next);

/// <summary>
/// Keyset paging: <c>?limit=</c> (1–200, default 50) and an opaque <c>?cursor=</c> that encodes the sort key of
/// the last item returned. Cursors are base64url JSON; a tampered cursor is a 400, never a 500.
/// </summary>
public sealed record PageRequest(int Limit, string? Cursor)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static PageRequest From(int? limit, string? cursor)
    {
        var value = limit ?? DefaultLimit;
        if (value is < 1 or > MaxLimit)
        {
            throw new UnprocessableException("limit", $"limit must be between 1 and {MaxLimit}.");
        }

        return new PageRequest(value, string.IsNullOrEmpty(cursor) ? null : cursor);
    }

    public TKey? After<TKey>()
    {
        if (Cursor is null)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(Cursor), JsonSerializerOptions.Web)
                   ?? throw new MalformedRequestException("The cursor is not valid.");
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            throw new MalformedRequestException("The cursor is not valid. Use the nextCursor of a previous page.");
        }
    }

    /// <summary>Builds the page from <paramref name="rows"/> fetched with <c>Limit + 1</c> to detect a next page.</summary>
    public Page<TOut> ToPage<TRow, TOut, TKey>(IReadOnlyList<TRow> rows, Func<TRow, TKey> key, Func<TRow, TOut> map,
        HttpRequest request)
    {
        var items = rows.Take(Limit).Select(map).ToList();
        if (rows.Count <= Limit)
        {
            return new Page<TOut>(items, null, null);
        }

        var cursor = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key(rows[Limit - 1]), JsonSerializerOptions.Web));
        return new Page<TOut>(items, cursor, NextLink(request, cursor));
    }

    private static string NextLink(HttpRequest request, string cursor)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["cursor"] = cursor;
        var builder = new QueryBuilder(query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))));
        return $"{request.PathBase}{request.Path}{builder.ToQueryString()}";
    }
}
