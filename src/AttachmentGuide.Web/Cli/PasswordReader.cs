namespace AttachmentGuide.Web.Cli;

/// <summary>Reads a password from the terminal without echoing it, or one line from standard input.</summary>
public static class PasswordReader
{
    /// <summary>
    /// A new password: one line from <paramref name="input"/> with <c>--password-stdin</c>, otherwise typed
    /// twice at the terminal. Null (after saying why on <paramref name="error"/>) when there is none.
    /// </summary>
    public static string? ReadNew(bool fromStdin, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (fromStdin)
        {
            return ReadLine(input);
        }

        if (Console.IsInputRedirected)
        {
            error.WriteLine("staff: standard input is not a terminal; pass --password-stdin to read the password from it");
            return null;
        }

        var password = ReadHidden("Password (12 to 128 characters): ", output);
        var again = ReadHidden("Same password again: ", output);
        if (password == again)
        {
            return password;
        }

        error.WriteLine("staff: the two passwords were not the same");
        return null;
    }

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
