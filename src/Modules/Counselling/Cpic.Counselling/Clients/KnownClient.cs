namespace Cpic.Counselling.Clients;

/// <summary>
/// Counselling's own copy of the few facts it needs about a client of the Clients module, built from its events
/// and stored for the client's centre (tenant). No names or contacts: the pseudonymous key and the client code.
/// </summary>
internal sealed class KnownClient
{
    public Guid Id { get; set; }
    public string Centre { get; set; } = "";
    public string Code { get; set; } = "";
    public bool Anonymous { get; set; }
    public bool Anonymised { get; set; }

    /// <summary>Set when this record was merged into another; services then belong to that client.</summary>
    public Guid? MergedInto { get; set; }
}
