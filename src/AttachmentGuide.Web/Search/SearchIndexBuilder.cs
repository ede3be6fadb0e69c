using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Search;

/// <summary>Builds one snapshot's index. A class of its own so a test can hold the first build back and see the page meanwhile.</summary>
public class SearchIndexBuilder
{
    public virtual SearchIndex Build(ContentLibrary library) => SearchIndex.Build(library);
}
