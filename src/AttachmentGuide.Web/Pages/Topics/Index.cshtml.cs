using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages.Topics;

/// <summary>/topics: every tag of the published articles, with how many articles have it.</summary>
[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class IndexModel(SiteContent content) : ContentPageModel
{
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public IActionResult OnGet()
    {
        var library = content.Library;
        ContentETag = ContentCaching.ETagFor(library, "topics");
        Topics = library.Topics;
        return Page();
    }
}
