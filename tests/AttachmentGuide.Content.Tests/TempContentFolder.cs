namespace AttachmentGuide.Content.Tests;

/// <summary>A content folder in the temp directory, removed when the test ends.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "ag-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "pages"));
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string Article(string title, string body = "## Part\n\nText.\n", string extra = "") =>
        $"---\ntitle: {title}\nsummary: About {title}.\n{extra}---\n\n{body}";

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
