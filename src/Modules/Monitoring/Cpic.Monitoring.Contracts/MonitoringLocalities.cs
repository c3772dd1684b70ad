namespace Cpic.Monitoring.Contracts;

/// <summary>
/// The localities of situation monitoring, for modules that refer to them by id (Platforms' meetings name the
/// localities they discussed). Monitoring implements it and registers it in DI; other modules inject it.
/// </summary>
public interface IMonitoringLocalities
{
    /// <summary>Those of <paramref name="ids"/> that are no locality of <paramref name="centre"/>, in their order.</summary>
    Task<IReadOnlyList<Guid>> UnknownAsync(string centre, IReadOnlyList<Guid> ids, CancellationToken ct);
}
