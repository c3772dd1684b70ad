using Cpic.Testing;

namespace Cpic.Architecture.Tests;

/// <summary>
/// The OpenAPI document shows the If-Match and ETag headers only of endpoints that declare them (ETags.cs), so every
/// endpoint file that sets an ETag (itself, or through Platforms' <c>VersionedAnswers</c>) or reads If-Match must
/// declare it: one feature per file makes this checkable.
/// </summary>
public sealed class ConcurrencyDeclarationTests
{
    [Theory]
    [InlineData(".SetETag(", ".ProducesETag()")]
    [InlineData(".OkAsync<", ".ProducesETag()")]
    [InlineData(".CreatedAsync<", ".ProducesETag()")]
    [InlineData(".ExpectedVersion()", ".RequiresIfMatch()")]
    [InlineData(".EnsureMatches(", ".RequiresIfMatch()")]
    public void Endpoint_files_that_use_a_concurrency_header_declare_it(string use, string declaration)
    {
        var undeclared = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) is not ("ETags.cs" or "VersionedAnswers.cs"))
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .Where(f => f.Text.Contains(use, StringComparison.Ordinal) && !f.Text.Contains(declaration, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f.File));
        undeclared.Should().BeEmpty();
    }
}
