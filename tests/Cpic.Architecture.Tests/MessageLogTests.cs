using System.Collections;
using System.Reflection;

namespace Cpic.Architecture.Tests;

/// <summary>
/// Wolverine logs a failed message with its <c>ToString()</c>. A record prints every member, so a command carrying a
/// client's personal data, protected notes or free text would put them in the logs. A command prints its ids, the
/// acting user and codes of its own; the records it carries (inputs, details) print their type name only.
/// </summary>
public sealed class MessageLogTests
{
    // The command's own strings that identify the work rather than describe a person: the acting user and codes.
    private static readonly HashSet<string> Printable = ["UserId", "By", "Centre", "Purpose", "BookingId"];

    public static TheoryData<Type> Commands()
    {
        var messages = new HashSet<Type>();
        foreach (var type in ModuleBoundaries.Modules.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsAbstract && t.IsSealed))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                         .Where(m => m.Name is "Handle" or "HandleAsync" && m.GetParameters().Length > 0))
            {
                var message = method.GetParameters()[0].ParameterType;
                if (ModuleBoundaries.Modules.Contains(message.Assembly))
                {
                    messages.Add(message);
                }
            }
        }

        return [.. messages.OrderBy(t => t.FullName)];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_prints_no_personal_data_or_free_text(Type command)
    {
        var printed = Sample(command, "", 0)!.ToString()!;

        var leaked = printed.Split(Marker).Skip(1).Select(s => s.Split(Terminator)[0]).Where(p => !Printable.Contains(p));
        leaked.Should().BeEmpty($"{command.Name} prints: {printed}");
    }

    private const string Marker = "«", Terminator = "»";

    private static object? Sample(Type type, string path, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Sample(underlying, path, depth);
        if (type == typeof(string)) return $"{Marker}{path}{Terminator}";
        if (type == typeof(Guid)) return Guid.NewGuid();
        if (type == typeof(bool)) return true;
        if (type == typeof(DateOnly)) return new DateOnly(2026, 1, 1);
        if (type == typeof(TimeOnly)) return new TimeOnly(10, 0);
        if (type == typeof(DateTimeOffset)) return DateTimeOffset.UnixEpoch;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (type.IsPrimitive || type == typeof(decimal)) return Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Sample(type.GetElementType()!, path, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().Length == 1)
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Sample(element, path, depth + 1));
            return list;
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var key, var value] && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
            map.Add(Sample(key, $"{path}.Key", depth + 1)!, Sample(value, $"{path}.Value", depth + 1));
            return map;
        }

        if (depth > 6) return null;
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(p =>
            Sample(p.ParameterType, path.Length == 0 ? Capital(p.Name!) : $"{path}.{Capital(p.Name!)}", depth + 1))]);
    }

    private static string Capital(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
