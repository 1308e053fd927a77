using System.ComponentModel.DataAnnotations;

namespace Nerava.Api.Features.Ocpp;

/// <summary>The OCPP 1.6-J central system (<c>Ocpp</c> section).</summary>
public sealed class OcppOptions
{
    public const string SectionName = "Ocpp";

    /// <summary>Base URL chargers connect to (<c>wss://ocpp.example.com/ocpp</c>); empty = derived from the request.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>BootNotification <c>interval</c>: the heartbeat period chargers adopt.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a command to a charger waits for its answer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A queued command not sent within this time (charger offline) fails.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan CommandLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often each instance looks for queued commands for the chargers it holds (Redis wakes it sooner).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan CommandPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Plug-ins are offered to sessions created or active within this window.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan PlugInWindow { get; set; } = TimeSpan.FromHours(12);
}
