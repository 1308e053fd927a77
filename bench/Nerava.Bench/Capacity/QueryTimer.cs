using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nerava.Bench.Capacity;

/// <summary>Counts and times every SQL command the API's DbContext runs, grouped by the statement's shape.</summary>
internal sealed partial class QueryTimer : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, Entry> _stats = new(StringComparer.Ordinal);

    public bool Enabled { get; set; }

    public IReadOnlyList<(string Sql, long Count, TimeSpan Total)> Top(int n) =>
        [.. _stats.Select(kv => (kv.Key, kv.Value.Count, TimeSpan.FromTicks(kv.Value.Ticks))).OrderByDescending(x => x.Item3).Take(n)];

    public long TotalCommands => _stats.Values.Sum(e => e.Count);

    public TimeSpan TotalTime => TimeSpan.FromTicks(_stats.Values.Sum(e => e.Ticks));

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        if (!Enabled)
        {
            return;
        }

        var key = Shape(command.CommandText);
        var entry = _stats.GetOrAdd(key, _ => new Entry());
        Interlocked.Increment(ref entry.Count);
        Interlocked.Add(ref entry.Ticks, duration.Ticks);
    }

    private static string Shape(string sql)
    {
        var text = Whitespace().Replace(sql, " ").Trim();
        return text.Length <= 110 ? text : text[..110] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class Entry
    {
        public long Count;
        public long Ticks;
    }
}
