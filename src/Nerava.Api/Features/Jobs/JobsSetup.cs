using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Jobs;

public static class JobsSetup
{
    public static WebApplicationBuilder AddNeravaJobs(this WebApplicationBuilder builder, bool runServer)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName);
        var jobs = builder.Configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var provider = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var storage = jobs.Storage ?? (provider == DatabaseProvider.Postgres ? JobStorage.Postgres : JobStorage.InMemory);
        builder.Services.AddHangfire((services, config) =>
        {
            config.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
                .UseLogProvider(new HostSafeLogProvider(services.GetRequiredService<ILoggerFactory>()));
            if (storage == JobStorage.Postgres)
            {
                var cs = builder.Configuration.GetConnectionString("Nerava");
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(cs), new PostgreSqlStorageOptions { SchemaName = "hangfire" });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        if (runServer)
        {
            builder.Services.AddHangfireServer(o => o.WorkerCount = jobs.WorkerCount);
        }

        builder.Services.AddScoped<ExpirySweepJob>();
        builder.Services.AddScoped<OutboxReconcileJob>();
        builder.Services.AddScoped<IdempotencyKeyPurgeJob>();
        builder.Services.AddScoped<RateLimitPurgeJob>();
        return builder;
    }

    public static WebApplication UseNeravaJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAuthorization(options.DashboardPassword, app.DevRoutesEnabled())],
            DashboardTitle = "Nerava jobs",
        });
        RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>());
        return app;
    }
}
