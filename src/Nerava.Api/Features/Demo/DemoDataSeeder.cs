using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Demo;

/// <summary>Seeds the embedded default's demo chargers, merchants and staff account; safe to run on every start.</summary>
public sealed class DemoDataSeeder(NeravaDbContext db, IPasswordHasher<MerchantStaff> hasher, TimeProvider clock,
    IHostEnvironment env, ILogger<DemoDataSeeder> logger)
{
    public const string DemoStaffEmail = "staff@demo.nerava.test";
    // A published demo credential for the embedded default only; never seeded on PostgreSQL unless asked.
    public const string DemoStaffPassword = "demo-password-1";

    public async Task SeedAsync(CancellationToken ct)
    {
        var catalog = DemoCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "demo-catalog.json"));
        var known = (await db.Chargers.Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        // Databases seeded before chargers had a highway get it filled in.
        foreach (var row in await db.Chargers.Where(c => c.Highway == null).ToListAsync(ct))
        {
            row.Highway = catalog.Chargers.Find(c => c.Id == row.Id)?.Highway;
        }

        foreach (var c in catalog.Chargers.Where(c => !known.Contains(c.Id)))
        {
            db.Chargers.Add(new Charger
            {
                Id = c.Id,
                Name = c.Name,
                Network = c.Network,
                Lat = c.Lat,
                Lng = c.Lng,
                Address = c.Address,
                Stalls = c.Stalls,
                MaxKw = c.MaxKw,
                Highway = c.Highway,
            });
        }

        await SeedChargePointsAsync(catalog, ct);
        var knownMerchants = (await db.Merchants.Select(m => m.Id).ToListAsync(ct)).ToHashSet();
        foreach (var m in catalog.Merchants.Where(m => !knownMerchants.Contains(m.Id)))
        {
            db.Merchants.Add(new Merchant
            {
                Id = m.Id,
                Name = m.Name,
                Category = m.Category,
                Lat = m.Lat,
                Lng = m.Lng,
                Address = m.Address,
                PrepMinutes = m.PrepMinutes,
                FulfillmentModes = string.Join(',', m.FulfillmentModes),
                OrderingUrl = m.OrderingUrl,
                OrderingInstructions = m.OrderingInstructions,
                NotifySms = m.NotifySms,
                SmsPhone = m.SmsPhone,
                NotifyEmail = m.NotifyEmail,
                Email = m.Email,
                Chargers = m.Chargers.Select(mc => new MerchantCharger { MerchantId = m.Id, ChargerId = mc.ChargerId, WalkM = mc.WalkM }).ToList(),
            });
        }

        if (!await db.MerchantStaff.AnyAsync(s => s.Email == DemoStaffEmail, ct))
        {
            var staff = new MerchantStaff
            {
                Id = Guid.NewGuid(),
                MerchantId = catalog.Merchants[0].Id,
                Email = DemoStaffEmail,
                Name = "Demo Staff",
                PasswordHash = "",
                CreatedAt = clock.GetUtcNow(),
            };
            staff.PasswordHash = hasher.HashPassword(staff, DemoStaffPassword);
            db.MerchantStaff.Add(staff);
        }

        var added = await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo data ready in {Environment} ({Rows} rows added)", env.EnvironmentName, added);
    }

    /// <summary>Merchant-hosted OCPP charge points of the demo sites, stalls numbered per site; without keys (issued at run time).</summary>
    private async Task SeedChargePointsAsync(DemoCatalog catalog, CancellationToken ct)
    {
        var known = (await db.ChargePoints.Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        foreach (var charger in catalog.Chargers.Where(c => c.OcppChargePoints is { Count: > 0 }))
        {
            var stall = 0;
            foreach (var cp in charger.OcppChargePoints!)
            {
                var connectors = Enumerable.Range(1, cp.Connectors)
                    .Select(i => new ChargePointConnector { ChargePointId = cp.Id, ConnectorId = i, Stall = ++stall }).ToList();
                if (!known.Contains(cp.Id))
                {
                    db.ChargePoints.Add(new ChargePoint { Id = cp.Id, ChargerId = charger.Id, CreatedAt = clock.GetUtcNow(), Connectors = connectors });
                }
            }
        }
    }
}
