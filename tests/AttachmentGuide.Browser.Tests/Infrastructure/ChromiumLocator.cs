namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>Finds the Chromium to drive: CHROMIUM_PATH, else Debian's binary, else Debian's wrapper script.</summary>
public static class ChromiumLocator
{
    public const string Install = "apt-get install -y chromium (or set CHROMIUM_PATH)";

    /// <summary>REQUIRE_BROWSER=1 turns a missing browser from a skip into a failure (for CI machines that must run these tests).</summary>
    public const string RequireVariable = "REQUIRE_BROWSER";

    private static readonly string[] DebianPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    /// <summary>The executable, or null when there is none. A CHROMIUM_PATH that does not exist counts as none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return DebianPaths.FirstOrDefault(File.Exists);
    }
}
