using System.Text.Json;
using FluentValidation;
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
                var missing = RequiredMembers.Missing(argument!);
                if (missing.Count > 0)
                {
                    throw new ValidationException(missing);
                }

                var result = await validator.ValidateAsync(argument, ctx.HttpContext.RequestAborted);
                if (!result.IsValid)
                {
                    throw new ValidationException(result.Errors);
                }
            }

            return await next(ctx);
        }).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

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
