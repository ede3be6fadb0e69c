using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>How a test's browser context looks to the site.</summary>
public sealed record SessionOptions
{
    public int Width { get; init; } = 1280;

    public int Height { get; init; } = 900;

    public float DeviceScaleFactor { get; init; } = 1;

    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;

    public ReducedMotion ReducedMotion { get; init; } = ReducedMotion.NoPreference;

    public bool JavaScriptEnabled { get; init; } = true;

    public static SessionOptions Phone => new() { Width = 375, Height = 740 };
}
