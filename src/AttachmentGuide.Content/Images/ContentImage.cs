namespace AttachmentGuide.Content.Images;

/// <summary>One file in the content's images folder, as its bytes describe it.</summary>
/// <param name="Name">The file name, as articles reference it (<c>/images/NAME</c>).</param>
/// <param name="FilePath">Full path of the file.</param>
/// <param name="Inspection">Its format and displayed size, or why it cannot be shown.</param>
/// <param name="Hash">A short hash of its bytes: it is part of every address the image is served at, so a changed file gets new addresses.</param>
public sealed record ContentImage(string Name, string FilePath, ImageInspection Inspection, string Hash)
{
    /// <summary>The name without its extension: the readable part of the served addresses.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(Name);

    /// <summary>The file's length when it was read (null when it was not read from a file).</summary>
    public long? Length { get; init; }

    /// <summary>The file's last write time (UTC) when it was read.</summary>
    public DateTime? LastWriteTimeUtc { get; init; }

    /// <summary>True when the file at <paramref name="path"/> still looks as it did when this was read from it.</summary>
    internal bool IsUnchanged(string path, long length, DateTime lastWriteTimeUtc) =>
        string.Equals(FilePath, path, StringComparison.Ordinal) && Length == length && LastWriteTimeUtc == lastWriteTimeUtc;

    /// <summary>True when the image can be served.</summary>
    public bool IsUsable => Inspection.Problem == ImageProblem.None;
}
