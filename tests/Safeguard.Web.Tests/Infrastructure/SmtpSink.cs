using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Safeguard.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (Debian's python3-aiosmtpd, which ./test.sh installs) that drops every message it
/// is given into a maildir, where the tests read them back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly Process _process;
    private readonly string _maildir;

    private SmtpSink(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts the server on <paramref name="port"/> (a free one when not given) and waits until it accepts connections.</summary>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        var check = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{Python} could not be started.");
        await check.WaitForExitAsync();
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Python} has no aiosmtpd module, which the mail tests need as their SMTP server: install Debian's python3-aiosmtpd (./test.sh does).");
        }

        var chosen = port ?? FreePort();
        var maildir = Path.Combine(Path.GetTempPath(), $"safeguard-mail-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{chosen}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The SMTP sink could not be started.");
        var sink = new SmtpSink(process, maildir, chosen);
        var deadline = Stopwatch.StartNew();
        while (!await AcceptsAsync(chosen))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(20))
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "it did not listen within 20 seconds";
                await sink.DisposeAsync();
                throw new InvalidOperationException($"The SMTP sink on port {chosen} did not start: {error}");
            }

            await Task.Delay(100);
        }

        return sink;
    }

    /// <summary>Every message delivered so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(_maildir, "new");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
            : [];
    }

    /// <summary>The messages whose subject contains <paramref name="text"/>.</summary>
    public IReadOnlyList<MimeMessage> About(string text) =>
        [.. Messages().Where(m => (m.Subject ?? "").Contains(text, StringComparison.Ordinal))];

    /// <summary>Waits up to <paramref name="seconds"/> for a message whose subject contains <paramref name="text"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string text, int seconds = 30)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (About(text) is [var first, ..])
            {
                return first;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email about \"{text}\" arrived within {seconds} seconds.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }
}
