using AttachmentGuide.Web.Inquiries;

namespace AttachmentGuide.Web.Tests.Contact;

public sealed class InquiryReferenceTests
{
    [Fact]
    public void References_are_well_formed_easy_to_read_aloud_and_vary()
    {
        var references = Enumerable.Range(0, 500).Select(_ => InquiryReference.Create()).ToList();

        Assert.All(references, r => Assert.True(InquiryReference.IsWellFormed(r), r));
        Assert.All(references, r => Assert.DoesNotMatch("[01ILOU]", r));
        Assert.True(references.Distinct(StringComparer.Ordinal).Count() > 495);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD1234")]
    [InlineData("ABCD-123O")]
    [InlineData("<scr-ipt>")]
    public void Malformed_references_are_rejected(string? reference)
    {
        Assert.False(InquiryReference.IsWellFormed(reference));
    }
}
