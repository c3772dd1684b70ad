namespace Cpic.BuildingBlocks;

/// <summary>
/// Base of the records that carry personal data or free text (client details, service and case inputs...). Wolverine
/// logs a failed command with its <c>ToString()</c>, and a record prints every member; these print their type name
/// only. Sealed, so a derived record does not generate its own.
/// </summary>
public abstract record WithheldFromLogs
{
    public sealed override string ToString() => GetType().Name;
}
