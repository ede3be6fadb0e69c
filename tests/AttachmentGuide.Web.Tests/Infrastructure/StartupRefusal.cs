namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>What a site process that refuses to start must show: exit code 1 and one plain line, no stack trace.</summary>
public static class StartupRefusal
{
    /// <summary>Starts the site through <paramref name="start"/>, expects it to exit 1, and returns its one line.</summary>
    public static async Task<string> LineAsync(Func<Task<SiteProcess>> start)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(start);
        Assert.Contains("exited with code 1", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failure.Message, StringComparison.Ordinal);
        var line = failure.Message.Split('\n').FirstOrDefault(l => l.StartsWith("The site did not start: ", StringComparison.Ordinal));
        Assert.True(line is not null, failure.Message);
        return line;
    }
}
