namespace AttachmentGuide.Content.Yaml;

/// <summary>Why a YAML text cannot be read, in words for staff, at the line of the file where the slip is.</summary>
/// <param name="Line">Line of the file, from 1.</param>
/// <param name="Column">Column, from 1.</param>
/// <param name="Message">What is wrong, without the line number (callers add "line N: ").</param>
/// <param name="Fix">What to do about it.</param>
public sealed record YamlProblem(int Line, int Column, string Message, string Fix);
