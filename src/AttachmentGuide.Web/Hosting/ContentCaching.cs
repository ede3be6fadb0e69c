using System.IO.Compression;
using AttachmentGuide.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Public content pages (home, articles, privacy, feeds) are rendered once per content snapshot,
/// compressed once per encoding, and served from memory after that. Personal pages (contact, staff)
/// are neither cached nor compressed: compressing a page that holds a secret token over TLS invites BREACH.
/// </summary>
public static class ContentCaching
{
    public const string PolicyName = "content";
    public const string Tag = "content";

    public static WebApplicationBuilder AddContentCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // One entry per page and encoding: these pages take no query values, and Accept-Encoding is reduced to
        // the one coding that will be sent, so odd headers or query strings cannot fill the cache with copies.
        builder.Services.AddOutputCache(options =>
            options.AddPolicy(PolicyName, policy => policy
                .Expire(TimeSpan.FromHours(12))
                .Tag(Tag)
                .SetVaryByQuery([])
                .VaryByValue(context => new KeyValuePair<string, string>("coding", ChosenCoding(context.Request)))));
        builder.Services.AddResponseCompression(options =>
        {
            // Behind the TLS proxy every request is https; only public, token-free pages reach this middleware.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "application/xml", "application/atom+xml", "text/plain"];
        });
        // Each variant is compressed once and then cached, so the best ratio costs nothing per request.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        return builder;
    }

    /// <summary>Output cache outside, compression inside, so the cache stores compressed bodies per Accept-Encoding.</summary>
    public static WebApplication UseContentCaching(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        app.UseWhen(IsPublicContent, branch => branch.UseResponseCompression());
        return app;
    }

    /// <summary>
    /// The weak entity tag of a content page: the snapshot's version (plus the page's slug), so it changes
    /// whenever the content is rebuilt.
    /// </summary>
    public static EntityTagHeaderValue ETagFor(ContentLibrary library, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        return new EntityTagHeaderValue(slug is null ? $"\"{library.Version}\"" : $"\"{library.Version}-{slug}\"", isWeak: true);
    }

    /// <summary>
    /// Marks a content response as revalidatable with <paramref name="etag"/>; true when the request's
    /// If-None-Match already holds it (weak comparison, as RFC 9110 asks for If-None-Match) or is <c>*</c>.
    /// </summary>
    public static bool NotModified(HttpContext context, EntityTagHeaderValue etag)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(etag);
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.CacheControl = new CacheControlHeaderValue { NoCache = true };
        return context.Request.GetTypedHeaders().IfNoneMatch
            .Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
    }

    /// <summary>The coding the compression middleware will pick: Brotli first, then gzip, as its providers are ordered.</summary>
    public static string ChosenCoding(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accepted = StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values)
            ? values.Where(v => v.Quality is null or > 0).Select(v => v.Value.Value?.ToLowerInvariant()).ToHashSet()
            : [];
        return accepted.Contains("br") ? "br" : accepted.Contains("gzip") ? "gzip" : "identity";
    }

    private static bool IsPublicContent(HttpContext context)
    {
        var path = context.Request.Path;
        return !path.StartsWithSegments("/contact", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments(Staff.StaffServiceExtensions.StaffPathPrefix, StringComparison.OrdinalIgnoreCase)
            && !HttpMethods.IsPost(context.Request.Method);
    }
}
