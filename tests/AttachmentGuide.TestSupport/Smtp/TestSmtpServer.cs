using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using Xunit;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AttachmentGuide.TestSupport.Smtp;

/// <summary>
/// A real SMTP server in the test process on a loopback port, keeping every accepted message as raw MIME. It can
/// be stopped and started again on the same port (a mail server that is down for a while), answer every message
/// with a chosen refusal, offer STARTTLS with a certificate of the test's own, and require a sign-in.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly X509Certificate2? _certificate;
    private readonly SmtpLogin? _requiredLogin;
    private readonly RecordingStore _store;
    private CancellationTokenSource? _running;
    private Task? _serverTask;

    private TestSmtpServer(int port, X509Certificate2? certificate, SmtpLogin? requiredLogin)
    {
        Port = port;
        _certificate = certificate;
        _requiredLogin = requiredLogin;
        _store = new RecordingStore(this);
    }

    public int Port { get; }

    /// <summary>Every message the server accepted, as the bytes it received.</summary>
    public IReadOnlyList<ReceivedMessage> Messages => [.. _store.Received];

    /// <summary>Set to refuse every message with this answer (e.g. 554); null accepts.</summary>
    public SmtpResponse? Refusal { get; set; }

    /// <summary>
    /// Set to hold back the "250" for each message this long after it is recorded: the message is accepted as far
    /// as the server is concerned while the sender still waits to hear so (a crash in that window resends it).
    /// </summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>How many times a message reached the DATA stage, accepted or refused.</summary>
    public int DataAttempts => _store.Attempts;

    public bool IsRunning => _running is not null;

    /// <summary>
    /// A server on a free port, not yet started. With <paramref name="requiredLogin"/> it takes no message from a
    /// client that has not signed in with exactly that name and password (over plain text too: it is loopback).
    /// </summary>
    public static TestSmtpServer Create(X509Certificate2? startTlsCertificate = null, SmtpLogin? requiredLogin = null) =>
        new(FreePort(), startTlsCertificate, requiredLogin);

    /// <summary>Created and started.</summary>
    public static async Task<TestSmtpServer> StartNewAsync(X509Certificate2? startTlsCertificate = null, SmtpLogin? requiredLogin = null)
    {
        var server = Create(startTlsCertificate, requiredLogin);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_running is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).IsSecure(false);
                if (_certificate is not null)
                {
                    endpoint.Certificate(_certificate);
                }

                if (_requiredLogin is not null)
                {
                    endpoint.AuthenticationRequired(true).AllowUnsecureAuthentication(true);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        if (_requiredLogin is { } login)
        {
            services.Add(new SmtpServer.Authentication.DelegatingUserAuthenticator(
                (user, password) => string.Equals(user, login.UserName, StringComparison.Ordinal) && string.Equals(password, login.Password, StringComparison.Ordinal)));
        }
        var server = new SmtpServer.SmtpServer(options, services);
        _running = new CancellationTokenSource();
        _serverTask = server.StartAsync(_running.Token);
        await WaitUntilListeningAsync();
    }

    /// <summary>Stops listening: clients now get "connection refused" until <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_running is null)
        {
            return;
        }

        await _running.CancelAsync();
        try
        {
            await _serverTask!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _running.Dispose();
        _running = null;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_store.Received.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Expected {count} message(s) at the test SMTP server within {timeout}; {_store.Received.Count} arrived.");
            }

            await Task.Delay(50);
        }

        return Messages;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task WaitUntilListeningAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        Assert.Fail($"The test SMTP server did not listen on port {Port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RecordingStore(TestSmtpServer owner) : MessageStore
    {
        private int _attempts;

        public ConcurrentQueue<ReceivedMessage> Received { get; } = new();

        public int Attempts => Volatile.Read(ref _attempts);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (owner.Refusal is { } refusal)
            {
                return refusal;
            }

            var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            Received.Enqueue(new ReceivedMessage(buffer.ToArray(), recipients, context.Pipe?.IsSecure == true));
            if (owner.AnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(owner.AnswerDelay, cancellationToken);
            }

            return SmtpResponse.Ok;
        }
    }
}

/// <summary>The one name and password a <see cref="TestSmtpServer"/> accepts when it requires a sign-in.</summary>
public sealed record SmtpLogin(string UserName, string Password);

/// <summary>One message as the server received it: its raw MIME, the envelope recipients, whether TLS was on.</summary>
public sealed record ReceivedMessage(byte[] Raw, IReadOnlyList<string> Recipients, bool OverTls)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Raw);
}
