using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// Gives every object schema its <c>required</c> list and the bounds its validator enforces, so generated clients
/// get exact types. A property is required when it is declared non-nullable (a missing one is a 422 in a request,
/// and always present in an answer) or when the type's validator has an unconditional <c>NotNull</c>/<c>NotEmpty</c>
/// rule for it; a required property is never <c>nullable</c>. A non-nullable value type (a <c>bool</c> that
/// defaults to false) is noted in <see cref="ValueTypeMembers"/> and settled by <see cref="InputSchemasFilter"/>:
/// required in answers, optional in requests.
/// </summary>
internal sealed class RequiredPropertiesFilter(IServiceProvider services, ValueTypeMembers valueTypes) : ISchemaFilter
{
    private readonly NullabilityInfoContext nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is not { Count: > 0 } properties ||
            context.Type.Namespace?.StartsWith("Cpic", StringComparison.Ordinal) != true)
        {
            return;
        }

        var rules = ValidatorRules(context.Type);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.TryGetValue(name, out var propertySchema))
            {
                continue;
            }

            var validated = rules.TryGetValue(property.Name, out var components) ? components : [];
            Bound(propertySchema as OpenApiSchema, validated);
            if (validated.Any(v => v is INotNullValidator or INotEmptyValidator) || IsNonNullableReference(property))
            {
                Require(target, name, propertySchema);
            }
            else if (property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
            {
                valueTypes.Add(SchemaIds.For(context.Type), name);
            }
        }
    }

    internal static void Require(OpenApiSchema target, string name, IOpenApiSchema propertySchema)
    {
        (target.Required ??= new HashSet<string>()).Add(name);
        if (propertySchema is OpenApiSchema { Type: { } type } concrete)
        {
            concrete.Type = type & ~JsonSchemaType.Null;
        }
    }

    private bool IsNonNullableReference(PropertyInfo property) =>
        !property.PropertyType.IsValueType && nullability.Create(property).ReadState == NullabilityState.NotNull;

    private static void Bound(OpenApiSchema? schema, IReadOnlyList<IPropertyValidator> validators)
    {
        if (schema is null)
        {
            return;
        }

        foreach (var validator in validators)
        {
            switch (validator)
            {
                case ILengthValidator { Max: > 0 } length when schema.Type?.HasFlag(JsonSchemaType.String) == true:
                    schema.MaxLength = length.Max;
                    schema.MinLength = length.Min > 0 ? length.Min : schema.MinLength;
                    break;
                case IRegularExpressionValidator { Expression: { } pattern } when schema.Type?.HasFlag(JsonSchemaType.String) == true:
                    schema.Pattern = pattern;
                    break;
                case IBetweenValidator { From: IConvertible from, To: IConvertible to }
                    when schema.Type?.HasFlag(JsonSchemaType.Integer) == true || schema.Type?.HasFlag(JsonSchemaType.Number) == true:
                    schema.Minimum = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    schema.Maximum = to.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }
    }

    /// <summary>
    /// The unconditional rule components of the type's validator, by property name; rules for each element of a
    /// collection (<c>RuleForEach</c>) say nothing of the property itself.
    /// </summary>
    private Dictionary<string, IReadOnlyList<IPropertyValidator>> ValidatorRules(Type type)
    {
        if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            return [];
        }

        return validator.CreateDescriptor().GetMembersWithValidators()
            .ToDictionary(member => member.Key, member => (IReadOnlyList<IPropertyValidator>)validator.CreateDescriptor()
                .GetRulesForMember(member.Key)
                .Where(rule => !rule.HasCondition && !rule.HasAsyncCondition && !IsForEach(rule))
                .SelectMany(rule => rule.Components)
                .Where(component => !component.HasCondition && !component.HasAsyncCondition)
                .Select(component => component.Validator)
                .ToList());
    }

    private static bool IsForEach(IValidationRule rule) => rule.GetType().GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
