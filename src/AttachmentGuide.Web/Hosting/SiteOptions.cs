using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// The deployment's own settings about the site. Bound from <c>Site</c>. <see cref="BaseUrl"/> is the
/// operator's word on the public address (environment <c>Site__BaseUrl</c>), so it wins over the content's
/// <c>base_url</c> in site.yml: a staff edit to content cannot redirect links in alerts or canonical addresses.
/// </summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string SectionName = "Site";

    /// <summary>The public address, e.g. <c>https://guide.example.org</c>, without a path; empty when not set.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><see cref="BaseUrl"/> without a trailing slash, or null when it is not set.</summary>
    public string? NormalizedBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.Trim().TrimEnd('/');

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NormalizedBaseUrl is not { } url)
        {
            yield break;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            yield return new ValidationResult(
                $"Site:BaseUrl must be the site's public address such as https://guide.example.org (no path), not '{url}'.",
                [nameof(BaseUrl)]);
        }
    }
}
