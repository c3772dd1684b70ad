namespace Cpic.LanguageCourses.Tests;

[CollectionDefinition(Name)]
public sealed class CoursesCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "courses";
}
