namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// Tests that need a program outside .NET find it here. Missing, they report skipped with the line that
/// installs it; with AG_REQUIRE_SYSTEM_COMPONENTS=1 (set by .ci/run) a missing component fails instead.
/// </summary>
public static class SystemComponent
{
    public const string RequireVariable = "AG_REQUIRE_SYSTEM_COMPONENTS";

    public static void SkipOrFailWhenMissing(bool present, string what, string install)
    {
        if (present)
        {
            return;
        }

        var message = $"{what} not found: {install}";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail(message + $" ({RequireVariable}=1 makes this a failure)");
        }

        Assert.Skip(message);
    }
}
