namespace AttachmentGuide.Content.Site;

/// <summary>A phone line a person in crisis can call, shown with a <c>tel:</c> link.</summary>
/// <param name="Label">Who answers, e.g. "Samaritans (24 hours, free)".</param>
/// <param name="Number">The number as people dial it, e.g. "116 123".</param>
public sealed record CrisisLine(string Label, string Number)
{
    /// <summary>The number as a <c>tel:</c> link.</summary>
    public string TelUri => TelUris.For(Number);
}
