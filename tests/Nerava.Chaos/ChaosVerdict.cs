using System.Globalization;
using Nerava.Api.IntegrationTests.Features.Notifications;
using Npgsql;

namespace Nerava.Chaos;

/// <summary>
/// The run's outcome, from the database and the fake Twilio: each session that arrived must have exactly one "fire now"
/// text (0 = lost, 2+ = duplicated), and none may be stuck (still "arrived", or its text not sent).
/// </summary>
internal sealed record ChaosVerdict(int Arrived, int NotArrived, int Lost, int Duplicated, int Stuck, IReadOnlyList<string> Problems)
{
    public bool Passed => NotArrived == 0 && Lost == 0 && Duplicated == 0 && Stuck == 0;

    /// <summary>Waits (bounded) until nothing is left to deliver, then counts.</summary>
    public static async Task<ChaosVerdict> SettleAsync(string connectionString, IReadOnlyList<Arrival> arrivals, FakeTwilioServer twilio, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var verdict = await CountAsync(connectionString, arrivals, twilio);
            if ((verdict.Stuck == 0 && verdict.Lost == 0) || DateTime.UtcNow > deadline)
            {
                return verdict;
            }

            await Task.Delay(1000);
        }
    }

    private static async Task<ChaosVerdict> CountAsync(string connectionString, IReadOnlyList<Arrival> arrivals, FakeTwilioServer twilio)
    {
        var ids = arrivals.Select(a => a.SessionId).ToArray();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var sessions = new Dictionary<Guid, (string Status, bool Arrived)>();
        await using (var cmd = new NpgsqlCommand("SELECT id, status, geofence_entered_at IS NOT NULL FROM arrival_sessions WHERE id = ANY(@ids)", conn))
        {
            cmd.Parameters.AddWithValue("ids", ids);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sessions[reader.GetGuid(0)] = (reader.GetString(1), reader.GetBoolean(2));
            }
        }

        var rows = new Dictionary<Guid, string>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT session_id, status FROM outbox_messages WHERE kind = 'kitchen_fire' AND channel = 'sms' AND session_id = ANY(@ids)", conn))
        {
            cmd.Parameters.AddWithValue("ids", ids);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows[reader.GetGuid(0)] = reader.GetString(1);
            }
        }

        var texts = twilio.Messages.Where(m => m.Body.Contains("fire now", StringComparison.Ordinal)).ToList();
        int arrived = 0, notArrived = 0, lost = 0, duplicated = 0, stuck = 0;
        var problems = new List<string>();
        foreach (var a in arrivals)
        {
            if (!sessions.TryGetValue(a.SessionId, out var s) || !s.Arrived)
            {
                notArrived++;
                problems.Add($"{a.SessionId} ({a.OrderNumber}) never arrived");
                continue;
            }

            arrived++;
            var count = texts.Count(t => t.To == a.MerchantPhone && t.Body.Contains($"Order {a.OrderNumber}.", StringComparison.Ordinal));
            var row = rows.GetValueOrDefault(a.SessionId, "missing");
            if (count == 0)
            {
                lost++;
            }

            if (count > 1)
            {
                duplicated++;
            }

            if (s.Status == "arrived" || row != "sent")
            {
                stuck++;
            }

            if (count != 1 || s.Status == "arrived" || row != "sent")
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{a.SessionId} ({a.OrderNumber}): {count} texts, session {s.Status}, outbox row {row}"));
            }
        }

        return new ChaosVerdict(arrived, notArrived, lost, duplicated, stuck, problems);
    }
}
