using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// Routes declare ids as <c>{id:guid}</c>. With the stock constraint a malformed id (<c>/clients/abc</c>) matches no route
/// and answers 404, as if the record did not exist; with this one any segment matches, binding the id fails, and the
/// answer is a 400 naming the parameter. Literal segments (<c>/clients/access-log</c>) still take precedence.
/// </summary>
internal sealed class AnyIdSegment : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values,
        RouteDirection routeDirection) => values.TryGetValue(routeKey, out var value) && value?.ToString() is { Length: > 0 };
}
