using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace AttachmentGuide.Web.Tests.Hosting;

public sealed class FormBodyLimitTests
{
    [Theory]
    [InlineData("/contact")]
    [InlineData("/staff/login")]
    [InlineData("/staff/inquiries/1")]
    [InlineData("/staff/contents")]
    [InlineData("/guide/staff/content")]
    public void Every_form_outside_the_editor_keeps_the_small_limit(string path) =>
        Assert.Equal(FormBodyLimitMiddleware.MaxFormBytes, FormBodyLimitMiddleware.LimitFor(new PathString(path)));

    [Theory]
    [InlineData("/staff/content/edit")]
    [InlineData("/Staff/Content/New")]
    [InlineData("/staff/content")]
    public void The_editors_forms_may_carry_an_article_of_200_KB_percent_encoded(string path) =>
        Assert.True(FormBodyLimitMiddleware.LimitFor(new PathString(path)) >= 3 * 200 * 1024);

    [Fact]
    public void An_image_upload_may_carry_the_largest_picture_with_its_envelope() =>
        Assert.True(FormBodyLimitMiddleware.LimitFor(new PathString("/staff/content/images")) > LargeBodyAllowance.MaxImageUploadBytes);
}
