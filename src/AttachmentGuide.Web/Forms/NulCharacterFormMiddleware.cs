using System.Text;
using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Forms;

/// <summary>
/// ASP.NET's form reader refuses a NUL (<c>%00</c>) in a url-encoded body with 400 before any handler runs,
/// and the status page can only guess why, so the person lost what they wrote. This takes the NULs out of a
/// form body first and notes which fields held one (<see cref="RemovedNulCharacters"/>), so the page can say
/// what was wrong and show the form again with the rest of the text.
/// </summary>
public sealed class NulCharacterFormMiddleware(RequestDelegate next)
{
    private const string UrlEncoded = "application/x-www-form-urlencoded";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method)
            || request.ContentType?.StartsWith(UrlEncoded, StringComparison.OrdinalIgnoreCase) != true
            || request.ContentLength > FormBodyLimitMiddleware.MaxFormBytes)
        {
            await next(context);
            return;
        }

        request.EnableBuffering();
        // Latin-1 maps each byte to one char and back, so the body is passed on byte for byte.
        var body = await ReadUpToAsync(request.Body, FormBodyLimitMiddleware.MaxFormBytes + 1, context.RequestAborted);
        request.Body.Position = 0;
        if (body.Length > FormBodyLimitMiddleware.MaxFormBytes || (!body.Contains("%00", StringComparison.Ordinal) && !body.Contains('\0', StringComparison.Ordinal)))
        {
            await next(context);
            return;
        }

        var (cleaned, fields) = RemoveNuls(body);
        var bytes = Encoding.Latin1.GetBytes(cleaned);
        request.Body = new MemoryStream(bytes, writable: false);
        request.ContentLength = bytes.Length;
        context.Features.Set(new RemovedNulCharacters(fields));
        await next(context);
    }

    /// <summary>The body without NULs, and the names of the fields that held one.</summary>
    public static (string Body, IReadOnlyList<string> Fields) RemoveNuls(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fields = new List<string>();
        var pairs = body.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var cleaned = pairs[i].Replace("%00", string.Empty, StringComparison.Ordinal).Replace("\0", string.Empty, StringComparison.Ordinal);
            if (cleaned.Length != pairs[i].Length)
            {
                var name = cleaned.Split('=', 2)[0];
                fields.Add(Uri.UnescapeDataString(name.Replace('+', ' ')));
                pairs[i] = cleaned;
            }
        }

        return (string.Join('&', pairs), fields);
    }

    private static async Task<string> ReadUpToAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var buffer = new char[4096];
        var text = new StringBuilder();
        int read;
        while (text.Length <= limit && (read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}

/// <summary>The form fields (by name, e.g. <c>Input.Message</c>) from which a NUL character was removed.</summary>
public sealed record RemovedNulCharacters(IReadOnlyList<string> Fields);
