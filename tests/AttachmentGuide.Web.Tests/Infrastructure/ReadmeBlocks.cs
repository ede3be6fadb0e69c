namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The configuration files README.md shows (fenced code blocks), read by the tests that run them, so what the
/// README tells an operator to install and what the tests prove cannot drift apart.
/// </summary>
public static class ReadmeBlocks
{
    public static string ReadmePath => Path.Combine(RepositoryPaths.Root, "README.md");

    /// <summary>
    /// Every block fenced as <c>```<paramref name="language"/></c>, in order, with a list item's indent taken off
    /// each line and a final newline.
    /// </summary>
    public static IReadOnlyList<string> Of(string language)
    {
        var lines = File.ReadAllLines(ReadmePath);
        var blocks = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = lines[i].TrimStart(' ');
            if (opening != "```" + language)
            {
                continue;
            }

            var indent = lines[i].Length - opening.Length;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                var line = lines[i];
                body.Add(line.Length >= indent && line[..indent].Trim().Length == 0 ? line[indent..] : line.TrimStart(' '));
            }

            blocks.Add(string.Join('\n', body) + "\n");
        }

        return blocks;
    }

    /// <summary>
    /// The files a block names in its comment lines (<c># /etc/systemd/system/NAME</c> starts the file NAME), across
    /// every block of <paramref name="language"/>: file name to text, the naming comment included.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NamedFiles(string language, string folder)
    {
        var marker = "# " + folder.TrimEnd('/') + "/";
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in Of(language))
        {
            string? name = null;
            var text = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith(marker, StringComparison.Ordinal) && !line[marker.Length..].Contains(' ', StringComparison.Ordinal))
                {
                    Keep(files, name, text);
                    name = line[marker.Length..];
                    text = [];
                }

                text.Add(line);
            }

            Keep(files, name, text);
        }

        return files;
    }

    private static void Keep(Dictionary<string, string> files, string? name, List<string> text)
    {
        if (name is not null)
        {
            files.Add(name, string.Join('\n', text).TrimEnd('\n') + "\n");
        }
    }
}
