using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Makes a rival writer win a race on purpose: when a context is about to open the transaction that saves a chosen
/// session, runs the rival's write first, on its own connection — e.g. a merchant confirm read just before the
/// dispatcher's arrived → merchant_notified, or a create that drew the same reply code as another.
/// </summary>
public sealed class RaceBeforeCommit : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private Func<DbContext, bool> _when = _ => false;
    private Func<Task>? _rival;
    private bool _onSave;

    /// <summary>How many times the rival ran.</summary>
    public int Fired { get; private set; }

    public static Action<IServiceCollection> Install(RaceBeforeCommit race) => services =>
    {
        services.ConfigureDbContext<SqliteNeravaDbContext>(o => o.AddInterceptors(race));
        services.ConfigureDbContext<PostgresNeravaDbContext>(o => o.AddInterceptors(race));
    };

    /// <summary>The next commit that updates session <paramref name="sessionId"/> first lets <paramref name="rival"/> write (once).</summary>
    public void ArmUpdate(Guid sessionId, Func<Task> rival) =>
        Arm(c => c.ChangeTracker.Entries<ArrivalSessionRow>().Any(e => e.Entity.Id == sessionId && e.State == EntityState.Modified), rival, false);

    /// <summary>The next save that inserts a session (a single INSERT needs no transaction) first lets <paramref name="rival"/> write (once).</summary>
    public void ArmInsert(Func<Task> rival) => Arm(c => c.ChangeTracker.Entries<ArrivalSessionRow>().Any(e => e.State == EntityState.Added), rival, true);

    // The door opens its transaction before saving: racing there keeps SQLite's single writer free for the rival.
    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await RaceAsync(eventData.Context, onSave: false);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await RaceAsync(eventData.Context, onSave: true);
        return result;
    }

    private async Task RaceAsync(DbContext? context, bool onSave)
    {
        if (context is not null && onSave == _onSave && _when(context) && Interlocked.Exchange(ref _rival, null) is { } rival)
        {
            Fired++;
            await rival();
        }
    }

    private void Arm(Func<DbContext, bool> when, Func<Task> rival, bool onSave) => (_when, _rival, _onSave) = (when, rival, onSave);
}
