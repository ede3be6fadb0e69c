namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Where the real content, the fixtures and the built web app are.</summary>
public static class TestPaths
{
    public const string SolutionFileName = "AttachmentGuide.sln";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RealContent => Path.Combine(RepositoryRoot, "content");

    public static string RealArticles => Path.Combine(RealContent, "articles");

    public static string WebAppDll => Path.Combine(AppContext.BaseDirectory, "AttachmentGuide.Web.dll");

    public static string Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The fixture folder '{path}' was not copied to the test output.");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}.");
    }
}
