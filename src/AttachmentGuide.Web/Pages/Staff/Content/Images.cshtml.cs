using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Forms;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// The pictures in content/images/ and a form that uploads one. Its description (alt text) is required, because the
/// Markdown to insert it is only worth offering with one; what was typed is kept whenever the upload is refused.
/// </summary>
[RequestSizeLimit(LargeBodyAllowance.ImageUploadRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = LargeBodyAllowance.ImageUploadRequestBytes, ValueCountLimit = 16)]
public sealed class ImagesModel(SiteContent content, ImageUploader uploader) : PageModel
{
    [BindProperty]
    public ImageUploadInput Input { get; set; } = new();

    public IReadOnlyList<ImageRow> Images { get; private set; } = [];

    /// <summary>Each refused field and what to do, in the order of the form.</summary>
    public IReadOnlyDictionary<ImageUploadField, string> FieldErrors { get; private set; } = new Dictionary<ImageUploadField, string>();

    /// <summary>Why nothing could be written (a read-only folder, a full disk), when that happened.</summary>
    public string? Failure { get; private set; }

    /// <summary>The picture just uploaded and the Markdown that inserts it.</summary>
    public UploadedImage? Uploaded { get; private set; }

    public IReadOnlyList<FieldMessage> Summary =>
    [
        .. FieldErrors.OrderBy(e => e.Key).Select(e => new FieldMessage(FieldId(e.Key), e.Value)),
    ];

    public static string FieldId(ImageUploadField field) => "Input_" + field;

    public void OnGet() => LoadImages();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.AltText = FormText.CleanLine(Input.AltText);
        Input.FileName = FormText.CleanLine(Input.FileName);
        var errors = new Dictionary<ImageUploadField, string>();
        var file = Input.File;
        if (file is null || file.Length == 0)
        {
            errors[ImageUploadField.File] = "Choose a picture to upload";
        }
        else if (file.Length > LargeBodyAllowance.MaxImageUploadBytes)
        {
            errors[ImageUploadField.File] = ImageUploader.TooLargeMessage;
        }

        if (Input.AltText is null)
        {
            errors[ImageUploadField.AltText] = "Describe the picture for people who cannot see it, such as \"A calm lake under a pale sky\"";
        }
        else if (Input.AltText.Length > ImageUploadInput.MaxAltTextLength)
        {
            errors[ImageUploadField.AltText] = $"Keep the description to {ImageUploadInput.MaxAltTextLength} characters or fewer: a sentence is enough";
        }

        if (Input.FileName is { } typed && !ImageFileName.TryFromTyped(typed, out _, out var nameProblem))
        {
            errors[ImageUploadField.FileName] = nameProblem!;
        }

        if (errors.Count == 0)
        {
            var outcome = await uploader.UploadAsync(await ReadAsync(file!, cancellationToken), Input.FileName, file!.FileName, Input.ReplaceTicked, User.Identity?.Name ?? AuditLog.UnknownAccount, cancellationToken);
            switch (outcome)
            {
                case ImageUploadOutcome.Saved saved:
                    Uploaded = new UploadedImage(saved, Input.AltText!);
                    Input = new ImageUploadInput();
                    break;
                case ImageUploadOutcome.Refused refused:
                    errors[refused.Field] = refused.Message;
                    break;
                case ImageUploadOutcome.Failed failed:
                    Failure = failed.Message;
                    break;
            }
        }

        FieldErrors = errors;
        LoadImages();
        return Page();
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private void LoadImages() => Images = [.. content.Library.Images.All.Select(i => new ImageRow(i))];
}
