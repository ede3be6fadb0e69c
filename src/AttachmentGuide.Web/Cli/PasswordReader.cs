namespace AttachmentGuide.Web.Cli;

/// <summary>Reads a password from the terminal without echoing it, or one line from standard input.</summary>
public static class PasswordReader
{
    /// <summary>One line from <paramref name="input"/>, its trailing newline (LF or CRLF) stripped.</summary>
    public static string? ReadLine(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ReadLine();
    }

    /// <summary>Prompts on the terminal and reads keys without showing them.</summary>
    public static string ReadHidden(string prompt, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(prompt);
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0)
                {
                    chars.RemoveAt(chars.Count - 1);
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }

        output.WriteLine();
        return new string(chars.ToArray());
    }
}
