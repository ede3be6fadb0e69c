using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Values from the real content/site.yml, read with YamlDotNet directly rather than through the site.</summary>
public static class SiteYaml
{
    private static readonly Lazy<YamlMappingNode> Root = new(Load);

    public static string ReplyPromise => Scalar("reply_promise");

    public static string ClinicPhone => Scalar("clinic_phone");

    /// <summary>The <c>tel:</c> address of <see cref="ClinicPhone"/>: its digits, with a leading + kept.</summary>
    public static string ClinicPhoneTelUri =>
        "tel:" + new string(ClinicPhone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());

    public static string Scalar(string key)
    {
        var node = Root.Value.Children[new YamlScalarNode(key)];
        return Assert.IsType<YamlScalarNode>(node).Value ?? throw new InvalidDataException($"site.yml has no value for {key}");
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(TestPaths.RealContent, "site.yml")));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
