namespace AttachmentGuide.Web.Cli;

/// <summary>
/// The backup passphrase: one line from standard input (<c>--passphrase-stdin</c>), the first line of a file
/// (<c>--passphrase-file</c>, e.g. one only root can read), or typed at the terminal without echo.
/// </summary>
public static class PassphraseReader
{
    public const int MinimumLength = 12;

    /// <summary>The passphrase, or null after one line on <paramref name="error"/> saying why there is none.</summary>
    public static string? Read(string command, bool fromStdin, string? fromFile, bool isNew, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string? passphrase;
        if (fromStdin && fromFile is not null)
        {
            error.WriteLine($"{command}: give --passphrase-stdin or --passphrase-file, not both");
            return null;
        }

        if (fromStdin)
        {
            passphrase = PasswordReader.ReadLine(input);
        }
        else if (fromFile is not null)
        {
            try
            {
                using var reader = new StreamReader(fromFile);
                passphrase = reader.ReadLine();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{command}: cannot read the passphrase file {Path.GetFullPath(fromFile)}: {exception.Message}");
                return null;
            }
        }
        else if (Console.IsInputRedirected)
        {
            error.WriteLine($"{command}: standard input is not a terminal; pass --passphrase-stdin or --passphrase-file PATH");
            return null;
        }
        else
        {
            passphrase = PasswordReader.ReadHidden("Backup passphrase: ", output);
            if (isNew && PasswordReader.ReadHidden("Same passphrase again: ", output) != passphrase)
            {
                error.WriteLine($"{command}: the two passphrases were not the same");
                return null;
            }
        }

        if (string.IsNullOrEmpty(passphrase))
        {
            error.WriteLine($"{command}: no passphrase given");
            return null;
        }

        if (isNew && passphrase.Length < MinimumLength)
        {
            error.WriteLine($"{command}: the passphrase must be at least {MinimumLength} characters (a few unrelated words is easiest)");
            return null;
        }

        return passphrase;
    }
}
