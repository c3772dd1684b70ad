using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.BuildingBlocks.Http;

/// <summary>Runs the FluentValidation validator of a request body; failures become 422 with field errors.</summary>
public static class Validation
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (ctx, next) =>
        {
            var validator = ctx.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
            foreach (var argument in ctx.Arguments.OfType<T>())
            {
                var failures = await FailuresAsync(validator, argument, ctx.HttpContext.RequestAborted);
                if (failures.Count > 0)
                {
                    throw new ValidationException(failures);
                }
            }

            return await next(ctx);
        }).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// What the 422 of a request with <paramref name="body"/> would list, per JSON field (empty when it is valid): the
    /// same checks for a body that did not come over HTTP (a row of an import file).
    /// </summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync<T>(IValidator<T> validator, T body, CancellationToken ct) =>
        ByField(await FailuresAsync(validator, body, ct));

    /// <summary>Failures as a problem's <c>errors</c>: the messages per JSON field.</summary>
    internal static Dictionary<string, string[]> ByField(IEnumerable<ValidationFailure> failures) =>
        failures.GroupBy(f => JsonPath(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray());

    private static async Task<List<ValidationFailure>> FailuresAsync<T>(IValidator<T> validator, T body, CancellationToken ct)
    {
        var missing = RequiredMembers.Missing(body!);
        return [.. missing.Concat(await RulesAsync(validator, body, missing, ct))];
    }

    /// <summary>
    /// The validator's failures, reported together with the missing fields so that a caller sees every error at once.
    /// Validators may rely on required members being present: with some missing, a rule that trips over one only
    /// leaves its failures out (the missing field is reported), and failures about a missing field are not repeated.
    /// </summary>
    private static async Task<IEnumerable<ValidationFailure>> RulesAsync<T>(IValidator<T> validator, T argument,
        List<ValidationFailure> missing, CancellationToken ct)
    {
        try
        {
            var result = await validator.ValidateAsync(argument, ct);
            return result.Errors.Where(f => !missing.Any(m => Under(JsonPath(f.PropertyName), m.PropertyName)));
        }
        catch (Exception e) when (missing.Count > 0 && e is NullReferenceException or InvalidOperationException or ArgumentNullException)
        {
            return [];
        }
    }

    private static bool Under(string path, string root) =>
        path == root || path.StartsWith(root + ".", StringComparison.Ordinal) || path.StartsWith(root + "[", StringComparison.Ordinal);

    /// <summary>
    /// Messages name a field as the JSON does (<c>'audienceSize' must be between...</c>), not by FluentValidation's
    /// display name (<c>'Audience Size'</c>): once, at start, for every validator.
    /// </summary>
    public static void UseJsonNamesInMessages() => ValidatorOptions.Global.DisplayNameResolver =
        (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    /// <summary>The JSON name of a validated property path (e.g. <c>Contact.Email</c> to <c>contact.email</c>).</summary>
    public static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
