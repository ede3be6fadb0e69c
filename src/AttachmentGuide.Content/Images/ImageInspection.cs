namespace AttachmentGuide.Content.Images;

/// <summary>What an image's bytes say about it: its format and its size as it is shown (EXIF rotation applied).</summary>
/// <param name="Format">The format, or null when the bytes are not a supported image.</param>
/// <param name="Width">Width in pixels as displayed; 0 unless <paramref name="Problem"/> is <see cref="ImageProblem.None"/>.</param>
/// <param name="Height">Height in pixels as displayed.</param>
/// <param name="Problem">Why it cannot be shown, or <see cref="ImageProblem.None"/>.</param>
public readonly record struct ImageInspection(ImageFormat? Format, int Width, int Height, ImageProblem Problem)
{
    internal static ImageInspection Fail(ImageFormat? format, ImageProblem problem) => new(format, 0, 0, problem);
}
