using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Content;

/// <summary>Where the articles are and whether edits are picked up live. Bound from <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder; empty means "find the repository's content/ folder".</summary>
    [MaxLength(4096)]
    public string? Path { get; set; }

    /// <summary>Re-read the content folder when a file in it changes (on by default in Development).</summary>
    public bool Watch { get; set; }

    /// <summary>
    /// Also look over the folder every this many seconds and reload when a file's size or time changed (0: off).
    /// For shared storage such as NFS or SMB, whose changes made on another machine raise no file-change event.
    /// </summary>
    [Range(0, 3600)]
    public int PollSeconds { get; set; }
}
