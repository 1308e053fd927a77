using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Connect;

/// <summary>Open consent pages; a ticket is used once and expires with the authorization code lifetime.</summary>
public sealed class ConsentTicketStore
{
    private readonly ConcurrentDictionary<string, ConsentTicket> _tickets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ConsentTicketStore(TimeProvider time)
    {
        _time = time;
    }

    public void Add(ConsentTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = _time.GetUtcNow();
        foreach (var stale in _tickets.Values.Where(t => t.ExpiresAt <= now))
        {
            _tickets.TryRemove(stale.Id, out _);
        }

        _tickets[ticket.Id] = ticket;
    }

    public ConsentTicket? Find(string? id) =>
        id is not null && _tickets.TryGetValue(id, out var ticket) && ticket.ExpiresAt > _time.GetUtcNow() ? ticket : null;

    public bool Consume(string id) => _tickets.TryRemove(id, out _);
}
