using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Mono.Cecil;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.IntegrationTests.Architecture;

/// <summary>
/// The session row changes in one place: only the door's types (Features/Sessions/Store) assign its properties, insert
/// or update it through EF, or name its table in SQL. Everything else asks SessionStore.ApplyAsync.
/// </summary>
public sealed partial class SessionDoorTests
{
    /// <summary>SessionRowWriter assigns columns; SessionStore (transitions), SessionInserter (new rows) and SessionReadings (the tracker's quiet readings) save.</summary>
    private static readonly string[] Door = ["SessionRowWriter", "SessionStore", "SessionInserter", "SessionReadings"];

    private const string Row = "Nerava.Api.Data.Entities.ArrivalSessionRow";

    private static readonly string[] EfWrites =
        ["Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange", "Remove", "RemoveRange", "Attach", "AttachRange",
         "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync", "SetProperty"];

    [Fact]
    public void Only_the_door_writes_a_session_row()
    {
        var writes = RowWrites(IlScanner.Load(typeof(Program)), IsDoor);

        Assert.True(writes.Count == 0, "Session rows written outside the door:\n" + string.Join('\n', writes));
    }

    [Fact]
    public void The_scan_sees_each_way_of_writing_behind_the_doors_back()
    {
        var writes = RowWrites(IlScanner.Load(typeof(SessionDoorTests)), _ => false)
            .Where(w => w.StartsWith(nameof(WritesBehindTheDoorsBack), StringComparison.Ordinal)).ToList();

        Assert.Contains(writes, w => w.Contains("set_Status", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Contains("SetProperty", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Contains("DbSet`1::Add", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Contains("SQL", StringComparison.Ordinal));
    }

    internal static List<string> RowWrites(ModuleDefinition module, Func<TypeReference, bool> isDoor)
    {
        var writes = new List<string>();
        foreach (var type in IlScanner.AllTypes(module).Where(t => !isDoor(t) && !IlScanner.Outermost(t).Namespace.Contains(".Migrations", StringComparison.Ordinal)))
        {
            var owner = IlScanner.Outermost(type).Name;
            foreach (var method in type.Methods)
            {
                writes.AddRange(IlScanner.Calls(method).Where(WritesRow).Select(m => $"{owner}: {m.DeclaringType.Name}::{m.Name}"));
                writes.AddRange(IlScanner.Strings(method).Where(s => s.Contains("arrival_sessions", StringComparison.OrdinalIgnoreCase) && Dml().IsMatch(s))
                    .Select(s => $"{owner}: SQL {s[..Math.Min(60, s.Length)]}"));
            }
        }

        return [.. writes.Distinct()];
    }

    private static bool IsDoor(TypeReference type)
    {
        var outer = IlScanner.Outermost(type);
        return outer.Namespace == "Nerava.Api.Features.Sessions" && Door.Contains(outer.Name);
    }

    private static bool WritesRow(MethodReference m) =>
        (m.DeclaringType.FullName == Row && m.Name.StartsWith("set_", StringComparison.Ordinal))
        || (EfWrites.Contains(m.Name) && m.DeclaringType.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            && (IsOfRow(m.DeclaringType) || (m is GenericInstanceMethod g && g.GenericArguments.Any(IsOfRow))));

    private static bool IsOfRow(TypeReference t) =>
        t.FullName == Row || (t is GenericInstanceType g && g.GenericArguments.Any(IsOfRow));

    [GeneratedRegex(@"\b(UPDATE|INSERT|DELETE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dml();
}

/// <summary>Every way of writing a session row the door test must catch (never called).</summary>
internal static class WritesBehindTheDoorsBack
{
    public static void Assign(ArrivalSessionRow row) => row.Status = SessionStatus.Canceled;

    public static Task<int> Update(NeravaDbContext db) => db.Sessions.ExecuteUpdateAsync(u => u.SetProperty(s => s.OrderNumber, "X-1"));

    public static void Insert(NeravaDbContext db, ArrivalSessionRow row) => db.Sessions.Add(row);

    public static Task<int> Sql(NeravaDbContext db) => db.Database.ExecuteSqlRawAsync("UPDATE arrival_sessions SET status = 'canceled'");
}
