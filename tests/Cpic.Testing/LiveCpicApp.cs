namespace Cpic.Testing;

/// <summary>The real host on Kestrel at a free local port, for clients outside the process (Node, a browser).</summary>
public sealed class LiveCpicApp : CpicApp
{
    public LiveCpicApp() => UseKestrel(0);

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41237/</c>.</summary>
    public Uri Address => CreateClient().BaseAddress!;
}
