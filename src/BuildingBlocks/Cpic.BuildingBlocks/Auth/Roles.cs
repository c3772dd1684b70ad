namespace Cpic.BuildingBlocks.Auth;

/// <summary>The roles a token may carry (claim <c>role</c>), and the policies built on them.</summary>
public static class Roles
{
    public const string Counsellor = "counsellor";
    public const string Lecturer = "lecturer";
    public const string CentreHead = "centre-head";
    public const string MinistryCoordinator = "ministry-coordinator";
    public const string MinistryAnalyst = "ministry-analyst";
    public const string Integrator = "integrator";

    public static readonly IReadOnlyList<string> All =
        [Counsellor, Lecturer, CentreHead, MinistryCoordinator, MinistryAnalyst, Integrator];

    /// <summary>Roles that work inside one centre and must carry a <c>centre</c> claim.</summary>
    public static readonly IReadOnlyList<string> CentreStaff = [Counsellor, Lecturer, CentreHead, Integrator];

    public static readonly IReadOnlyList<string> Ministry = [MinistryCoordinator, MinistryAnalyst];

    /// <summary>Roles that may subscribe to webhooks.</summary>
    public static readonly IReadOnlyList<string> WebhookOwners = [Integrator, CentreHead, MinistryCoordinator, MinistryAnalyst];
}

/// <summary>Authorisation policy names. Every endpoint names one of these (or is explicitly anonymous).</summary>
public static class Policies
{
    /// <summary>Any authenticated user with any Cpic role.</summary>
    public const string AnyRole = "any-role";

    /// <summary>Staff of a centre (counsellor, lecturer, centre head, integrator) holding a centre claim.</summary>
    public const string CentreStaff = "centre-staff";

    /// <summary>Centre head of the centre in the token.</summary>
    public const string CentreHead = "centre-head";

    /// <summary>Ministry coordinator: manages the centre registry.</summary>
    public const string MinistryCoordinator = "ministry-coordinator";

    /// <summary>Ministry coordinator or analyst: anonymised cross-centre data.</summary>
    public const string Ministry = "ministry";

    /// <summary>Owners of webhook subscriptions: a centre's integrator or head (for the centre), or the ministry (network-wide).</summary>
    public const string WebhookOwner = "webhook-owner";
}
