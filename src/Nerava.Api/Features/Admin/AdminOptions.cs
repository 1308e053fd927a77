namespace Nerava.Api.Features.Admin;

public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Where staff invite and reset links point (the web app); the admin's own request host when unset.</summary>
    public string? WebAppBaseUrl { get; set; }

    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromHours(72);

    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromHours(2);
}
