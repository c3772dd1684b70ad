using Cpic.BuildingBlocks.Http;

namespace Cpic.Monitoring.Statistics;

/// <summary>403: the caller may not see figures of that centre, workplace or region.</summary>
internal sealed class OutOfScopeException(string detail) : ProblemException(ProblemTypes.Forbidden, detail);
