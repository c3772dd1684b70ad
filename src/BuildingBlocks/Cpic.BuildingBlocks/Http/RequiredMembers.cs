using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// Finds members of a request body that are declared non-nullable but arrived missing or <c>null</c>
/// (JSON binding leaves them null). Run before a validator, so that validators may rely on the
/// declared nullability and an omitted field is a 422 naming the field, never a 500.
/// </summary>
internal static class RequiredMembers
{
    private const int MaxDepth = 6;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Required = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static List<ValidationFailure> Missing(object body)
    {
        var failures = new List<ValidationFailure>();
        Visit(body, "", failures, 0);
        return failures;
    }

    private static void Visit(object value, string path, List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth || !IsOurs(value.GetType()))
        {
            return;
        }

        foreach (var property in RequiredOf(value.GetType()))
        {
            var name = Validation.JsonPath(property.Name);
            var memberPath = path.Length == 0 ? name : $"{path}.{name}";
            var member = property.GetValue(value);
            if (member is null)
            {
                failures.Add(new ValidationFailure(memberPath, $"{name} is required."));
            }
            else if (member is IEnumerable items and not string)
            {
                VisitItems(items, memberPath, failures, depth);
            }
            else
            {
                Visit(member, memberPath, failures, depth + 1);
            }
        }
    }

    private static void VisitItems(IEnumerable items, string path, List<ValidationFailure> failures, int depth)
    {
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{path}[{index++}]";
            if (item is null)
            {
                failures.Add(new ValidationFailure(itemPath, "An item of a list may not be null."));
            }
            else
            {
                Visit(item, itemPath, failures, depth + 1);
            }
        }
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Cpic.", StringComparison.Ordinal) == true;

    private static PropertyInfo[] RequiredOf(Type type) => Required.GetOrAdd(type, static t =>
    {
        lock (Nullability)
        {
            return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType)
                .Where(p => Nullability.Create(p).ReadState == NullabilityState.NotNull)];
        }
    });
}
