using System.Collections.Concurrent;
using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cpic.Testing;

/// <summary>
/// Checks every problem the host serves in any test against the catalogue (<see cref="ProblemTypes"/>, ADR 0013): a
/// type outside it, a status or title other than its type's, a missing member or an undeclared extension turns the
/// answer into a 500 naming what is wrong, so the test that caused it fails. Every problem served is recorded.
/// </summary>
public static class ServedProblems
{
    private static readonly string[] Members = ["traceId"];

    /// <summary>The types served so far in this test process.</summary>
    public static ConcurrentDictionary<string, int> Types { get; } = new();

    /// <summary>What is wrong with a problem, or nothing.</summary>
    public static List<string> Faults(string? uri, int? status, string? title, string? detail, IEnumerable<string> members)
    {
        if (ProblemTypes.Find(uri) is not { } type)
        {
            return [$"type {uri} (status {status}) is not in the catalogue"];
        }

        var names = members.ToList();
        var declared = type.Extensions.Select(e => e.Name).Concat(Members).ToList();
        return
        [
            .. status == type.Status ? [] : new[] { $"{type.Slug} has status {status}, not {type.Status}" },
            .. title == type.Title ? [] : new[] { $"{type.Slug} has title '{title}', not '{type.Title}'" },
            .. string.IsNullOrEmpty(detail) ? new[] { $"{type.Slug} has no detail" } : [],
            .. names.Except(declared).Select(n => $"{type.Slug} carries the undeclared extension {n}"),
            .. type.Extensions.Where(e => e.Required).Select(e => e.Name).Concat(Members).Except(names)
                .Select(n => $"{type.Slug} lacks its member {n}"),
        ];
    }

    /// <summary>Runs after the host has described the problem, just before it is written.</summary>
    internal static void Check(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var faults = Faults(problem.Type, problem.Status, problem.Title, problem.Detail, problem.Extensions.Keys);
        Types.AddOrUpdate(problem.Type ?? "", 1, (_, n) => n + 1);
        if (faults.Count == 0)
        {
            return;
        }

        context.HttpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.ProblemDetails = new ProblemDetails
        {
            Type = ProblemTypes.InternalError.Uri, Status = 500, Title = ProblemTypes.InternalError.Title,
            Detail = "Problem outside the catalogue (ADR 0013): " + string.Join("; ", faults),
        };
    }
}
