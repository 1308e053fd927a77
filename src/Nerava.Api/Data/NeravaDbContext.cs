using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data;

/// <summary>
/// The one model. Each provider has a small derived context so each keeps its own migration set
/// (EF's "one context type per provider" option).
/// </summary>
public abstract class NeravaDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Driver> Drivers => Set<Driver>();
    public DbSet<OtpCode> OtpCodes => Set<OtpCode>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Charger> Chargers => Set<Charger>();
    public DbSet<Merchant> Merchants => Set<Merchant>();
    public DbSet<MerchantCharger> MerchantChargers => Set<MerchantCharger>();
    public DbSet<MerchantStaff> MerchantStaff => Set<MerchantStaff>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<DevOutboxEntry> DevOutbox => Set<DevOutboxEntry>();
    public DbSet<AnalyticsEventRow> AnalyticsEvents => Set<AnalyticsEventRow>();
    public DbSet<ArrivalSessionRow> Sessions => Set<ArrivalSessionRow>();
    public DbSet<QueuedOrder> QueuedOrders => Set<QueuedOrder>();
    public DbSet<BillingEvent> BillingEvents => Set<BillingEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ProcessedWebhook> ProcessedWebhooks => Set<ProcessedWebhook>();
    public DbSet<SmartcarConnection> SmartcarConnections => Set<SmartcarConnection>();
    public DbSet<OAuthState> OAuthStates => Set<OAuthState>();
    public DbSet<TrackedSession> TrackedSessions => Set<TrackedSession>();
    public DbSet<RateBucket> RateBuckets => Set<RateBucket>();
    public DbSet<RateEvent> RateEvents => Set<RateEvent>();
    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ChargePoint> ChargePoints => Set<ChargePoint>();
    public DbSet<ChargePointConnector> ChargePointConnectors => Set<ChargePointConnector>();
    public DbSet<OcppTransaction> OcppTransactions => Set<OcppTransaction>();
    public DbSet<OcppCommand> OcppCommands => Set<OcppCommand>();
    public DbSet<ChargerPlugIn> ChargerPlugIns => Set<ChargerPlugIn>();
    public DbSet<AdminAccount> AdminAccounts => Set<AdminAccount>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<MerchantPosCredential> MerchantPosCredentials => Set<MerchantPosCredential>();
    public DbSet<StaffInvite> StaffInvites => Set<StaffInvite>();

    public abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NeravaDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks there (see SqliteNeravaDbContext).
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }
}
