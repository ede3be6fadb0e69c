using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AttachmentGuide.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for the tests of this process: <c>initdb</c> in a temporary folder, started on a free
/// loopback port, stopped and removed when the process ends. The programs are taken from <c>PG_BIN</c> or Debian's
/// /usr/lib/postgresql/15/bin; without them a test asking for a database skips with the install line (or fails under
/// <see cref="SystemComponent.RequireVariable"/>=1, as in CI).
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string Install = "apt-get install -y postgresql";

    private const string Password = "postgres";

    private static readonly Lazy<PostgresCluster> SharedCluster = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _root;
    private readonly string _bin;

    private PostgresCluster(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The folder of the server's programs, or null when PostgreSQL is not installed.</summary>
    public static string? BinFolder => new[] { Environment.GetEnvironmentVariable("PG_BIN"), "/usr/lib/postgresql/15/bin" }
        .FirstOrDefault(folder => !string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, "initdb")));

    /// <summary>The one server of this process, started on first use (about a second).</summary>
    public static PostgresCluster Shared
    {
        get
        {
            SystemComponent.SkipOrFailWhenMissing(BinFolder is not null, "PostgreSQL (initdb, pg_ctl)", Install);
            return SharedCluster.Value;
        }
    }

    /// <summary>A new, empty database on this server, dropped when the result is disposed.</summary>
    public PostgresDatabase CreateDatabase()
    {
        var name = "ag_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new PostgresDatabase(this, name);
    }

    /// <summary>
    /// A libpq address of <paramref name="database"/> for PostgreSQL's own programs (pg_dump, psql); the password goes
    /// in <see cref="PasswordVariable"/>.
    /// </summary>
    public string Url(string database) => $"postgresql://postgres@127.0.0.1:{Port}/{database}";

    /// <summary>The environment for PostgreSQL's own programs: the password, so none is typed or put in an address.</summary>
    public static KeyValuePair<string, string> PasswordVariable => new("PGPASSWORD", Password);

    /// <summary>
    /// The files where the server keeps <paramref name="database"/>'s rows, and the newest write-ahead log segments
    /// (shared by every database, and where a row is written first): what someone who copied the disk would read.
    /// </summary>
    public IReadOnlyList<string> FilesOf(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT oid FROM pg_database WHERE datname = $1";
        command.Parameters.AddWithValue(database);
        var oid = Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"There is no database {database}.");
        var data = Path.Combine(_root, "data");
        var newestLog = new DirectoryInfo(Path.Combine(data, "pg_wal")).EnumerateFiles()
            .OrderByDescending(file => file.LastWriteTimeUtc).Take(2).Select(file => file.FullName);
        return [.. Directory.EnumerateFiles(Path.Combine(data, "base", oid)), .. newestLog];
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = Password,
        Database = database,
    }.ConnectionString;

    internal void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static PostgresCluster Start()
    {
        var bin = BinFolder!;
        var root = Path.Combine(Path.GetTempPath(), "ag-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var passwordFile = Path.Combine(root, "pw");
        File.WriteAllText(passwordFile, Password + "\n");
        var cluster = new PostgresCluster(bin, root, FreeLoopbackPort());
        if (Environment.UserName == "root")
        {
            // The server refuses to run as root: the folder is handed to Debian's postgres user, as in TOOLCHAIN.md.
            cluster.RunAsIs("chown", "-R", "postgres:", root);
        }

        cluster.Run("initdb", "-D", Path.Combine(root, "data"), "-U", "postgres", $"--pwfile={passwordFile}", "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        cluster.Run("pg_ctl", "-D", Path.Combine(root, "data"), "-l", Path.Combine(root, "log"), "-w", "-t", "60", "start", "-o",
            $"-c listen_addresses=127.0.0.1 -p {cluster.Port} -k {root} -c fsync=off -c max_connections=200");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin, program);
        if (Environment.UserName == "root")
        {
            RunAsIs("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            RunAsIs(path, arguments);
        }
    }

    private void RunAsIs(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}

/// <summary>One database of a <see cref="PostgresCluster"/>, for one test class.</summary>
public sealed class PostgresDatabase(PostgresCluster cluster, string name) : IDisposable
{
    public string Name { get; } = name;

    public string ConnectionString => cluster.ConnectionString(Name);

    /// <inheritdoc cref="PostgresCluster.Url"/>
    public string Url => cluster.Url(Name);

    /// <inheritdoc cref="PostgresCluster.FilesOf"/>
    public IReadOnlyList<string> Files => cluster.FilesOf(Name);

    public void Dispose() => cluster.Drop(Name);
}
