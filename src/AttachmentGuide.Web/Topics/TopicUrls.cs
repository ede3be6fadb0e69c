namespace AttachmentGuide.Web.Topics;

/// <summary>Where the topic pages are: <c>/topics</c> and <c>/topics/SLUG</c>.</summary>
public static class TopicUrls
{
    public const string Index = "/topics";

    /// <summary>The address of one topic's page, from its slug (<see cref="AttachmentGuide.Content.Topic.Slug"/>).</summary>
    public static string Topic(string slug) => Index + "/" + slug;
}
