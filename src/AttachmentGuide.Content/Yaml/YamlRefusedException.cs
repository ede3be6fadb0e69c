using YamlDotNet.Core;

namespace AttachmentGuide.Content.Yaml;

/// <summary>Thrown by <see cref="GuardedParser"/> when the YAML uses something the site will not read.</summary>
public sealed class YamlRefusedException : YamlException
{
    public YamlRefusedException()
        : this(Mark.Empty, string.Empty, string.Empty)
    {
    }

    public YamlRefusedException(string message)
        : this(Mark.Empty, message, string.Empty)
    {
    }

    public YamlRefusedException(string message, Exception inner)
        : base(message, inner)
    {
        Reason = message;
        Fix = string.Empty;
    }

    public YamlRefusedException(Mark start, string reason, string fix)
        : base(start, start, reason)
    {
        Reason = reason;
        Fix = fix;
    }

    /// <summary>What is wrong, in plain words, without YamlDotNet's position prefix.</summary>
    public string Reason { get; }

    /// <summary>What to do about it.</summary>
    public string Fix { get; }
}
