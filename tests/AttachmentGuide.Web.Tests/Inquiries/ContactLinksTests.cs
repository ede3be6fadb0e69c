using AttachmentGuide.Web.Inquiries;

namespace AttachmentGuide.Web.Tests.Inquiries;

public sealed class ContactLinksTests
{
    [Theory]
    [InlineData("+44 20 7946 0018", "tel:+442079460018")]
    [InlineData("07700 900123", "tel:07700900123")]
    [InlineData("+44 (0)20 7946-0999", "tel:+442079460999")]
    [InlineData("+44(0)7700 900123", "tel:+447700900123")]
    [InlineData("(020) 7946 0999", "tel:02079460999")]
    [InlineData("+1 (555) 010-0199", "tel:+15550100199")]
    [InlineData("020.7946.0018", "tel:02079460018")]
    [InlineData("  +33 1 23 45 67 89  ", "tel:+33123456789")]
    [InlineData("0161 496 0000 ext 12", "tel:01614960000")]
    [InlineData("٠٧٧٠٠٩٠٠١٢٣", "tel:07700900123")]
    public void A_typed_number_becomes_a_tel_link_of_its_digits(string typed, string expected) =>
        Assert.Equal(expected, ContactLinks.Tel(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("call me")]
    [InlineData("12")]
    [InlineData("+")]
    public void Something_that_cannot_be_dialled_is_no_link(string? typed) => Assert.Null(ContactLinks.Tel(typed));

    [Theory]
    [InlineData("zoe@example.com", "mailto:zoe@example.com")]
    [InlineData("a+b@example.com", "mailto:a%2Bb@example.com")]
    [InlineData("x@example.com?bcc=evil@example.com", "mailto:x@example.com%3Fbcc%3Devil@example.com")]
    [InlineData("x@example.com&body=hi", "mailto:x@example.com%26body%3Dhi")]
    public void An_email_address_becomes_a_mailto_link_that_cannot_add_recipients_or_headers(string typed, string expected) =>
        Assert.Equal(expected, ContactLinks.Mailto(typed));

    [Fact]
    public void No_email_address_is_no_link() => Assert.Null(ContactLinks.Mailto(null));
}
