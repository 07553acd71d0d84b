namespace Safeguard.Web.Features.Escalation;

public enum MailSecurity { None, StartTls, SslOnConnect }

/// <summary>
/// The "Safeguard:Mail" section: the SMTP server that escalation emails go through. With no Host nothing is sent,
/// and the tracker says so against every overdue item.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Safeguard:Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "safeguard@northbrook.example";

    public string FromName { get; set; } = "Safeguard";

    /// <summary>An address told of every escalation besides the senior managers' own accounts (a shared mailbox, say).</summary>
    public string? SeniorManagerAddress { get; set; }

    /// <summary>Where the application is reached from people's browsers, for links in emails ("https://safeguard.northbrook.example").</summary>
    public string? PublicUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
