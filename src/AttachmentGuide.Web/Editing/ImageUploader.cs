using AttachmentGuide.Content;
using AttachmentGuide.Content.Images;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Puts a picture uploaded in the browser into <c>content/images/</c>: checked by its bytes (PNG, JPEG or WebP, whole,
/// within the size and pixel limits), named safely, written atomically, audited with its file name only, and served at
/// once (the content is reloaded). Metadata such as a phone's GPS position stays in the original file but never reaches
/// a reader: every served size is re-encoded without it.
/// </summary>
public sealed partial class ImageUploader(
    SiteContent content,
    ContentWriteLock writeLock,
    ContentReloader reloader,
    AuditLog audit,
    ILogger<ImageUploader> logger)
{
    /// <summary>How many numbered names (<c>lake-2</c>, <c>lake-3</c>…) are tried before giving up on a free one.</summary>
    private const int MaxNumberedNames = 999;

    /// <summary>The full path of the images folder the site serves.</summary>
    public string ImagesFolder => Path.Combine(content.ContentPath, ContentLoader.ImagesFolder);

    /// <summary>
    /// Saves <paramref name="bytes"/>. <paramref name="typedName"/> (may be null) is the name staff chose; without one the
    /// name comes from <paramref name="uploadName"/>, and a taken name becomes a free numbered one. With
    /// <paramref name="replace"/> a picture of the same name is replaced.
    /// </summary>
    public async Task<ImageUploadOutcome> UploadAsync(byte[] bytes, string? typedName, string? uploadName, bool replace, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (Problem(bytes) is { } problem)
        {
            return new ImageUploadOutcome.Refused(ImageUploadField.File, problem);
        }

        var format = ImageHeaderReader.Inspect(bytes).Format!.Value;
        var typed = !string.IsNullOrWhiteSpace(typedName);
        string stem;
        if (typed)
        {
            if (!ImageFileName.TryFromTyped(typedName!, out stem, out var nameProblem))
            {
                return new ImageUploadOutcome.Refused(ImageUploadField.FileName, nameProblem!);
            }
        }
        else
        {
            stem = ImageFileName.FromUpload(uploadName);
        }

        var folder = ImagesFolder;
        string fileName;
        bool replaced;
        string? nameTaken = null;
        using (await writeLock.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            fileName = ImageFileName.Of(stem, format);
            replaced = File.Exists(Path.Combine(folder, fileName));
            if (replaced && !replace)
            {
                if (typed)
                {
                    return new ImageUploadOutcome.Refused(
                        ImageUploadField.FileName,
                        $"A picture called {fileName} is already in the images folder. Tick \"Replace it\" to put this one in its place, or give another name");
                }

                nameTaken = fileName;
                fileName = FreeName(folder, stem, format);
                replaced = false;
            }

            var path = Path.GetFullPath(Path.Combine(folder, fileName));
            // Belt and braces after the name rules: whatever was sent, the file lands directly in the images folder.
            if (!string.Equals(Path.GetDirectoryName(path), Path.GetFullPath(folder), StringComparison.Ordinal))
            {
                return new ImageUploadOutcome.Refused(ImageUploadField.FileName, "That name would put the picture outside the images folder");
            }

            try
            {
                Directory.CreateDirectory(folder);
                await AtomicFileWriter.WriteAsync(path, bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogWriteFailed(fileName, ex.GetType().Name, ex.Message);
                return new ImageUploadOutcome.Failed(ex is UnauthorizedAccessException
                    ? "The site may not write in the images folder, so the picture was not saved. Ask whoever runs the site to let it write there."
                    : "The picture could not be written (the disk may be full), so it was not saved and nothing changed. Try again in a moment, or ask whoever runs the site.");
            }
        }

        await audit.RecordAsync(actor, AuditActions.ImageUpload, null, fileName, cancellationToken).ConfigureAwait(false);
        LogUploaded(fileName, replaced);
        await reloader.ReloadAsync(cancellationToken).ConfigureAwait(false);
        return new ImageUploadOutcome.Saved(fileName, replaced, nameTaken);
    }

    /// <summary>Why these bytes cannot be a picture on the site, in words for staff; null when they can.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return "Choose a picture to upload";
        }

        if (bytes.Length > LargeBodyAllowance.MaxImageUploadBytes)
        {
            return TooLargeMessage;
        }

        return ImageHeaderReader.Inspect(bytes).Problem switch
        {
            ImageProblem.None => null,
            ImageProblem.NotSupported => "This file is not a PNG, JPEG or WebP picture, whatever its name says. Save it from a photo app as JPEG (photos) or PNG (drawings), then upload that",
            ImageProblem.Damaged => "This picture is cut short or damaged, so it cannot be shown. Export it again from the app it came from",
            _ => $"This picture has more pixels than the site will show ({ImageLimits.MaxPixels / 1_000_000} million at most). Make it smaller in a photo app first",
        };
    }

    /// <summary>What staff read when a file is over <see cref="LargeBodyAllowance.MaxImageUploadBytes"/>.</summary>
    public static string TooLargeMessage { get; } =
        $"The picture is larger than {LargeBodyAllowance.MaxImageUploadBytes / (1024 * 1024)} MB. Make it smaller in a photo app (2000 pixels wide is plenty), then upload it again";

    private static string FreeName(string folder, string stem, ImageFormat format)
    {
        for (var n = 2; n <= MaxNumberedNames; n++)
        {
            var candidate = ImageFileName.Of($"{stem}-{n}", format);
            if (!File.Exists(Path.Combine(folder, candidate)))
            {
                return candidate;
            }
        }

        return ImageFileName.Of($"{stem}-{Guid.NewGuid().ToString("N")[..8]}", format);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Image {FileName} uploaded (replaced: {Replaced})")]
    private partial void LogUploaded(string fileName, bool replaced);

    [LoggerMessage(Level = LogLevel.Error, Message = "Image {FileName} could not be written ({ErrorType}: {ErrorMessage}); nothing changed")]
    private partial void LogWriteFailed(string fileName, string errorType, string errorMessage);
}
