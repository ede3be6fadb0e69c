using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages.Topics;

/// <summary>/topics/TAG: the published articles with one tag; an unknown tag is the site's friendly 404.</summary>
[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class TopicModel(SiteContent content) : ContentPageModel
{
    public Topic Topic { get; private set; } = null!;

    public IActionResult OnGet(string tag)
    {
        var library = content.Library;
        if (!library.TryGetTopic(tag, out var topic))
        {
            return NotFound();
        }

        ContentETag = ContentCaching.ETagFor(library, "topics/" + topic.Slug);
        Topic = topic;
        return Page();
    }
}
