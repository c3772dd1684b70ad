using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using FluentValidation;
using JasperFx;
using Marten;

namespace Cpic.Platforms.Domain;

internal static class Rules
{
    /// <summary>No record of the network is dated before this day.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>A day that has come by <paramref name="clock"/>: given, not after today, not before 2000.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> Past<T>(this IRuleBuilderInitial<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d <= clock.Today()).WithMessage("The date cannot be in the future.")
            .Must(d => d >= Earliest).WithMessage("The date is before 2000.");

    /// <summary>A day from 2000 to ten years ahead of today by <paramref name="clock"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> Plausible<T>(this IRuleBuilderInitial<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d >= Earliest && d <= clock.Today().AddYears(10)).WithMessage("The date is before 2000 or more than ten years ahead.");

    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule, CodeSet codes, string field) =>
        rule.Must(codes.Contains).WithMessage(codes.OneOf(field));

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(500).Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("'{PropertyName}' is an absolute http or https link.");
}
