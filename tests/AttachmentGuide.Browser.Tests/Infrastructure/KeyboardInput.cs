namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>
/// Key presses and typed text go to the window that has focus, and every tab another test opens in the shared
/// Chromium takes it: a keyboard test run beside others can type into nowhere. Test classes that press keys or
/// fill fields join this collection, which xunit runs after the parallel ones, one test at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KeyboardInput
{
    public const string Name = "Keyboard input";
}
