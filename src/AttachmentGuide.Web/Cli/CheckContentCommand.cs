using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Cli;

/// <summary>
/// <c>check-content [--content DIR]</c>: prints every diagnostic, one a line, in the compiler
/// format editors make clickable, then a summary; exits 1 when there is an error.
/// </summary>
public static class CheckContentCommand
{
    public const string Name = "check-content";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? folder = Environment.GetEnvironmentVariable("Content__Path");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--content" && i + 1 < args.Length)
            {
                folder = args[++i];
            }
            else
            {
                error.WriteLine($"check-content: unknown argument '{args[i]}'. Usage: check-content [--content DIR]");
                return 2;
            }
        }

        var contentPath = ContentFolderLocator.Resolve(folder);
        if (!Directory.Exists(contentPath))
        {
            error.WriteLine($"check-content: the content folder '{contentPath}' does not exist.");
            return 2;
        }

        var loader = ContentParsing.CreateLoader();
        var result = loader.Load(contentPath, ContentLoadOptions.Now(TimeProvider.System, includeDrafts: true));
        var baseDirectory = Environment.CurrentDirectory;
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(baseDirectory));
        }

        var articles = result.Library.All.Count;
        output.WriteLine(
            $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}; " +
            $"{Plural(articles, "article")} ready in {Path.GetRelativePath(baseDirectory, contentPath)}");
        return result.ErrorCount > 0 ? 1 : 0;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
