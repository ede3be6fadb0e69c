namespace AttachmentGuide.Browser.Tests.Quality;

/// <summary>
/// Each Lighthouse run starts a Node process and a Chromium of its own and needs a minute or more of CPU on a busy
/// 2-core machine: beside four other test classes it ran past its bound. In this collection xunit runs it after
/// the parallel tests, alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LighthouseRuns
{
    public const string Name = "Lighthouse runs";
}
