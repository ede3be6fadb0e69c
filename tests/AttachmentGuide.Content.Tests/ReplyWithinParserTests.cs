using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content.Tests;

public sealed class ReplyWithinParserTests
{
    private const string Base = "name: A\ntagline: B\ncrisis_text: C\ncrisis_lines:\n  - label: E\n    number: \"999\"\n";

    [Theory]
    [InlineData("2 working days", 2, ReplyUnit.WorkingDays)]
    [InlineData("1 working day", 1, ReplyUnit.WorkingDays)]
    [InlineData("16 working hours", 16, ReplyUnit.WorkingHours)]
    [InlineData("  3   Working   Days ", 3, ReplyUnit.WorkingDays)]
    public void Reply_within_reads_working_days_or_hours(string value, int amount, ReplyUnit unit)
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Base + $"reply_within: {value}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new ReplyWindow(amount, unit), settings.ReplyWithin);
    }

    [Theory]
    [InlineData("two working days")]
    [InlineData("2 days")]
    [InlineData("0 working days")]
    [InlineData("-1 working days")]
    [InlineData("2 working weeks")]
    [InlineData("2.5 working days")]
    [InlineData("[2, working days]")]
    public void An_unreadable_reply_within_is_a_warning_with_its_line_and_promises_nothing(string value)
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Base + $"reply_within: {value}\n");

        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteInvalidValue, problem.Code);
        Assert.Equal(7, problem.Line);
        Assert.Null(settings.ReplyWithin);
    }

    [Fact]
    public void Closed_dates_are_read_and_a_bad_one_is_a_warning_on_its_own_line()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Base + "closed_dates:\n  - 2026-12-25\n  - 25/12/2026\n  - 2027-01-01\n");

        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)], settings.ClosedDates);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteInvalidValue, problem.Code);
        Assert.Equal(9, problem.Line);
    }

    [Fact]
    public void Closed_dates_that_are_not_a_list_are_a_warning()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Base + "closed_dates: 2026-12-25\n");

        Assert.Empty(settings.ClosedDates);
        Assert.Equal(7, Assert.Single(diagnostics).Line);
    }

    [Fact]
    public void The_repository_site_yml_promises_two_working_days()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("site.yml", File.ReadAllText(Path.Combine(RepositoryRoot(), "content", "site.yml")));

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.SiteInvalidValue);
        Assert.Equal(new ReplyWindow(2, ReplyUnit.WorkingDays), settings.ReplyWithin);
        Assert.Contains(new DateOnly(2026, 12, 25), settings.ClosedDates);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AttachmentGuide.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory);
    }
}
