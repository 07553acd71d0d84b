using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Safeguard.Web.Features.Escalation;

/// <summary>Sends one message through the configured SMTP server; a failure (the server down, say) is thrown to the caller.</summary>
public sealed class MailSender(IOptions<MailOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public MailOptions Options => options.Value;

    public MailboxAddress From => new(Options.FromName, Options.FromAddress);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var mail = Options;
        if (string.IsNullOrWhiteSpace(mail.Host))
        {
            throw new InvalidOperationException("No mail server is configured (Safeguard:Mail:Host).");
        }

        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var security = mail.Security switch
        {
            MailSecurity.None => SecureSocketOptions.None,
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(mail.Host, mail.Port, security, ct);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
