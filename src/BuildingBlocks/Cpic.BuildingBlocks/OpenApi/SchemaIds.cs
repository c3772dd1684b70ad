namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// Schema names that stay unique as modules grow: a module's types are prefixed with the module
/// (<c>Clients.ClientResponse</c>), shared ones are not (<c>Centre</c>); generics read <c>PageOfClients.ClientSummary</c>.
/// </summary>
internal static class SchemaIds
{
    public static string For(Type type)
    {
        var name = Name(type);
        var parts = (type.Namespace ?? "").Split('.');
        return parts is ["Cpic", var module, ..] && module != "BuildingBlocks" ? $"{module}.{name}" : name;
    }

    private static string Name(Type type)
    {
        var name = type.IsNested ? $"{type.DeclaringType!.Name}.{type.Name}" : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var arguments = string.Join("And", type.GetGenericArguments().Select(For));
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}Of{arguments}";
    }
}
