namespace AttachmentGuide.TestSupport;

/// <summary>Where the repository, its real content folder and the web app copied next to the tests are.</summary>
public static class RepositoryPaths
{
    public const string SolutionFileName = "AttachmentGuide.sln";

    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string WebAppDll => Path.Combine(AppContext.BaseDirectory, "AttachmentGuide.Web.dll");

    private static string FindRoot()
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
