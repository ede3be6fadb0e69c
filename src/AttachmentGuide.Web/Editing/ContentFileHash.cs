using System.Security.Cryptography;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// The fingerprint the edit form carries of the file it opened: if the file's bytes differ at save time, someone else
/// changed it (another editor, a <c>git pull</c>) and the save is refused rather than overwriting their work.
/// </summary>
public static class ContentFileHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of a file that does not exist, so "create" and "save over a deleted file" compare like any other.</summary>
    public const string Missing = "missing";
}
