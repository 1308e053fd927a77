using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications.Senders;

/// <summary>Email over SMTP with MailKit; the provider id is the Message-Id we set.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : INotificationSender
{
    private readonly SmtpOptions _options = options.Value;

    public string Channel => NotificationChannel.Email;

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(_options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject ?? "Nerava arrival";
        // The outbox row id makes the Message-Id stable, so a retried send is recognisable as the same email.
        mime.MessageId = $"{message.Id:N}@nerava";
        mime.Body = new TextPart("plain") { Text = message.Body };

        // Well under the outbox lease, so a hung server cannot outlive our claim and cause a second send.
        using var client = new SmtpClient { Timeout = 20_000 };
        await client.ConnectAsync(_options.Host, _options.Port,
            _options.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(_options.Username))
        {
            await client.AuthenticateAsync(_options.Username, _options.Password ?? "", ct);
        }

        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(true, ct);
        return mime.MessageId;
    }
}
