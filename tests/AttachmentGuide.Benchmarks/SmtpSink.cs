using System.Buffers;
using System.Net;
using System.Runtime.InteropServices;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AttachmentGuide.Benchmarks;

/// <summary>
/// A local mail server that accepts every message and keeps only a count: the far end of the site's email alerts
/// while compare.sh measures the contact form with alerts on. Runs until SIGTERM or Ctrl+C, then prints messages=N.
/// </summary>
internal static class SmtpSink
{
    public static async Task<int> RunAsync(int port)
    {
        var store = new CountingStore();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).IsSecure(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        using var stop = new CancellationTokenSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        Console.WriteLine($"listening=127.0.0.1:{port}");
        try
        {
            await new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        Console.WriteLine($"messages={store.Count}");
        return 0;
    }

    private sealed class CountingStore : MessageStore
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
