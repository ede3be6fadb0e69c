using Xunit;

namespace AttachmentGuide.TestSupport;

/// <summary>
/// Tests that need a program outside .NET find it here. Missing, they report skipped with the line that
/// installs it; with AG_REQUIRE_SYSTEM_COMPONENTS=1 (set by .ci/run), or the variable a test names, a missing
/// component fails instead.
/// </summary>
public static class SystemComponent
{
    public const string RequireVariable = "AG_REQUIRE_SYSTEM_COMPONENTS";

    public static void SkipOrFailWhenMissing(bool present, string what, string install, string requireVariable = RequireVariable)
    {
        if (present)
        {
            return;
        }

        var message = $"{what} not found: {install}";
        if (IsRequired(requireVariable))
        {
            Assert.Fail(message + $" ({requireVariable}=1 makes this a failure)");
        }

        Assert.Skip(message);
    }

    public static bool IsRequired(string requireVariable = RequireVariable) => Environment.GetEnvironmentVariable(requireVariable) == "1";
}
