using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nerava.Api.Data;

/// <summary>
/// EF Core logs every failed command and SaveChanges at error level, including the unique-key races our callers catch
/// and answer (webhook retries, concurrent creates, a reply code drawn twice). Its own events go to debug, and this
/// interceptor logs a unique-key race as information and an outage as a warning. Any failure nobody handles still
/// reaches the exception handler, which logs it as an error.
/// </summary>
internal sealed class DbFailureLogging(ILogger<DbFailureLogging> logger) : DbCommandInterceptor
{
    public static void Configure(DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(new DbFailureLogging(services.GetRequiredService<ILogger<DbFailureLogging>>()))
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug)));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Log(eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Log(eventData);
        return Task.CompletedTask;
    }

    private void Log(CommandErrorEventData e)
    {
        if (e.Exception is OperationCanceledException)
        {
            return;
        }

        if (DbErrors.IsUniqueViolation(e.Exception))
        {
            logger.LogInformation("Unique key conflict ({Error}); the caller resolves the race", e.Exception.Message);
        }
        else if (DbErrors.IsUnavailable(e.Exception))
        {
            logger.LogWarning("Database unavailable: {Error}", e.Exception.Message);
        }
        else
        {
            logger.LogWarning(e.Exception, "Database command failed after {Duration} ms", (long)e.Duration.TotalMilliseconds);
        }
    }
}
