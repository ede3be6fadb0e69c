namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>Where the repository, its content folder and the copied web app are.</summary>
public static class RepositoryPaths
{
    public const string SolutionFileName = "AttachmentGuide.sln";

    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string WebAppDll => Path.Combine(AppContext.BaseDirectory, "AttachmentGuide.Web.dll");

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

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
