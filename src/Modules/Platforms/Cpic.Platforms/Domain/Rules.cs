using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using FluentValidation;
using JasperFx;
using Marten;

namespace Cpic.Platforms.Domain;

internal static class Rules
{
    /// <summary>Today in the Czech Republic.</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    /// <summary>No record of the network is dated before this day.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>A day that has come: given, not after today, not before 2000.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> Past<T>(this IRuleBuilderInitial<T, DateOnly?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d <= Today).WithMessage("The date cannot be in the future.")
            .Must(d => d >= Earliest).WithMessage("The date is before 2000.");

    /// <summary>A day from 2000 to ten years ahead.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> Plausible<T>(this IRuleBuilderInitial<T, DateOnly?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d >= Earliest && d <= Today.AddYears(10)).WithMessage("The date is before 2000 or more than ten years ahead.");

    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule, CodeSet codes, string field) =>
        rule.Must(codes.Contains).WithMessage(codes.OneOf(field));

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(500).Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("'{PropertyName}' is an absolute http or https link.");

    /// <summary>
    /// The record to change: 404 when the centre has none such, 412 unless its stored version is the one the caller
    /// read (its <c>If-Match</c>).
    /// </summary>
    public static async Task<T> LoadToChangeAsync<T>(this IDocumentSession session, Guid id, long expected, string what,
        CancellationToken ct) where T : class, IRevisioned
    {
        var record = await session.LoadAsync<T>(id, ct) ?? throw new NotFoundException(what, id.ToString());
        return record.Version == expected ? record : throw new PreconditionFailedException(
            $"The resource has changed (current ETag {ETags.For(record.Version)}). Read it again and reapply your change.");
    }
}
