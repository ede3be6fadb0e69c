namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Where the real content, the fixtures and the built web app are (the repository's paths are shared with the browser tests).</summary>
public static class TestPaths
{
    public static string RealContent => RepositoryPaths.Content;

    public static string RealArticles => Path.Combine(RealContent, "articles");

    public static string WebAppDll => RepositoryPaths.WebAppDll;

    public static string Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The fixture folder '{path}' was not copied to the test output.");
        }

        return path;
    }
}
