namespace AttachmentGuide.Content.Limits;

/// <summary>
/// The most a content file may hold. Each bound is far above what a real article needs and far below what
/// would stall a parser or overflow its stack; the README lists them under "What the site refuses in a content file".
/// </summary>
public static class ContentLimits
{
    /// <summary>An article, page or <c>site.yml</c> larger than this (1 MiB) is not read at all.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Front matter longer than this many characters (64 KiB) is not handed to the YAML reader.</summary>
    public const int MaxFrontMatterChars = 64 * 1024;

    /// <summary>Lists and mappings inside each other, deeper than this, are refused (front matter needs 2, site.yml 3).</summary>
    public const int MaxYamlDepth = 16;

    /// <summary>A single YAML value longer than this many characters is refused.</summary>
    public const int MaxYamlValueChars = 10_000;

    /// <summary>Block quotes and list items inside each other on one line, deeper than this, are refused.</summary>
    public const int MaxBlockNesting = 32;

    /// <summary>Open brackets, or open emphasis marks, in one paragraph, deeper than this, are refused.</summary>
    public const int MaxInlineNesting = 32;
}
