using System.Text.RegularExpressions;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>
/// The thanks page promises a reply time worded from <c>reply_within</c> in site.yml, the same value that gives staff
/// their due time and reminder, and promises none when that value cannot be read.
/// </summary>
public sealed class ThanksReplyWithinTests : IDisposable
{
    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("ag-reply-within-");

    public ThanksReplyWithinTests() => _content.CreateSubdirectory("articles");

    public void Dispose() => _content.Delete(recursive: true);

    [Fact]
    public async Task The_shipped_site_promises_the_reply_within_of_its_site_yml()
    {
        using var site = new RealSiteFactory();

        var promise = await PromiseAsync(site);

        Assert.Equal("2 working days", SiteYaml.Scalar("reply_within"));
        Assert.NotNull(promise);
        Assert.StartsWith($"We will reply within {SiteYaml.Scalar("reply_within")} ", promise, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_reply_within_changes_the_promise_with_it()
    {
        WriteSiteYml("reply_within: 16 working hours");
        using var site = new SiteFactory(_content.FullName, "Production");

        var promise = await PromiseAsync(site);

        Assert.NotNull(promise);
        Assert.StartsWith("We will reply within 16 working hours ", promise, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reply_within: soon, we hope")]
    [InlineData("reply_within: 0 working days")]
    [InlineData("")]
    public async Task A_reply_within_that_cannot_be_read_promises_no_time(string line)
    {
        WriteSiteYml(line);
        using var site = new SiteFactory(_content.FullName, "Production");
        using var client = site.CreatePlainClient();

        var thanks = await client.GetDocumentAsync("/contact/thanks");

        Assert.Null(thanks.QuerySelector(".reply-within"));
        var main = thanks.QuerySelector("main")!.Text();
        Assert.DoesNotContain("working day", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("working hour", main, StringComparison.OrdinalIgnoreCase);
        // The rest of what happens next is still said.
        Assert.Contains("A therapist will reply in the way you chose", main, StringComparison.Ordinal);
    }

    private static async Task<string?> PromiseAsync(SiteFactory site)
    {
        using var client = site.CreatePlainClient();
        var thanks = await client.GetDocumentAsync("/contact/thanks");
        return thanks.QuerySelector("main .reply-within")?.Text() is { } text ? Regex.Replace(text, @"\s+", " ").Trim() : null;
    }

    /// <summary>The shipped site.yml with its reply_within line replaced by <paramref name="line"/> (removed when empty).</summary>
    private void WriteSiteYml(string line)
    {
        var shipped = File.ReadAllText(Path.Combine(TestPaths.RealContent, "site.yml"));
        Assert.Matches(new Regex("^reply_within: .*$", RegexOptions.Multiline), shipped);
        File.WriteAllText(Path.Combine(_content.FullName, "site.yml"), Regex.Replace(shipped, "^reply_within: .*$", line, RegexOptions.Multiline));
    }
}
