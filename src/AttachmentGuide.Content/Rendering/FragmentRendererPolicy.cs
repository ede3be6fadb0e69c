using Markdig;
using Microsoft.Extensions.ObjectPool;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Makes the pooled <see cref="FragmentRenderer"/>s of one pipeline. A renderer is handed back only
/// after a parse that finished, and every fragment leaves it clean, so nothing needs resetting here.
/// </summary>
internal sealed class FragmentRendererPolicy(MarkdownPipeline pipeline) : IPooledObjectPolicy<FragmentRenderer>
{
    public FragmentRenderer Create() => new(pipeline);

    public bool Return(FragmentRenderer obj) => true;
}
