namespace Cpic.Testing;

/// <summary>Locates files of the checkout the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cpic.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cpic.sln not found above " + AppContext.BaseDirectory);
    }
}
