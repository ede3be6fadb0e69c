using System.Text.RegularExpressions;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>Values the tests need from content/site.yml, read as plain lines so the tests do not share the site's parser.</summary>
public static partial class SiteSettingsFile
{
    public static string QuickExitUrl { get; } = Read("quick_exit_url");

    private static string Read(string key)
    {
        var path = Path.Combine(RepositoryPaths.Content, "site.yml");
        foreach (var line in File.ReadLines(path))
        {
            var match = KeyLine().Match(line);
            if (match.Success && match.Groups["key"].Value == key)
            {
                return match.Groups["value"].Value.Trim().Trim('"', '\'');
            }
        }

        throw new InvalidOperationException($"{path} has no '{key}' key.");
    }

    [GeneratedRegex(@"^(?<key>[a-z_]+):\s*(?<value>.+?)\s*$")]
    private static partial Regex KeyLine();
}
