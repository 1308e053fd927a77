using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>Billing for finance: list, CSV per merchant per month, pending → invoiced → paid (or void with a reason), totals.</summary>
public sealed class AdminBillingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly DateTimeOffset November = new(2026, 11, 3, 18, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset October = new(2026, 10, 30, 23, 59, 0, TimeSpan.Zero);

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Csv_export_holds_one_merchants_month_with_a_totals_line_and_defused_formulas(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var other = await admin.CreateMerchantAsync();
        var (a, b) = (await SeedAsync(api, merchant, November, 4000, 200), await SeedAsync(api, merchant, November.AddDays(20), 6000, 300));
        await SeedAsync(api, merchant, October, 9999, 499);
        await SeedAsync(api, other, November, 1000, 50);
        await api.WithDbAsync(d => d.BillingEvents.Where(e => e.Id == b).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, "void")
            .SetProperty(e => e.VoidReason, "=HYPERLINK(\"http://evil\",\"x\"), refund")));

        var response = await admin.GetAsync($"/v1/admin/billing/export?merchant_id={merchant}&month=2026-11");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"nerava-billing-{merchant}-2026-11.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Api.Features.Admin.Billing.BillingCsv.Header, lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{a},", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2026-11-03T18:30:00Z,4000,500,200,merchant_reported,pending,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{b},", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",void,,,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), refund\"", lines[2], StringComparison.Ordinal);
        // Totals: order totals of both rows, fees of the non-void one only.
        Assert.StartsWith($"total,,{merchant},Test Tacos,2026-11,10000,,200,", lines[3], StringComparison.Ordinal);

        await ProblemAssert.IsAsync(await admin.GetAsync($"/v1/admin/billing/export?merchant_id={merchant}&month=2026-13"), HttpStatusCode.BadRequest,
            "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await admin.GetAsync("/v1/admin/billing/export?month=2026-11"), HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await admin.GetAsync("/v1/admin/billing/export?merchant_id=no-such&month=2026-11"), HttpStatusCode.NotFound,
            "MERCHANT_NOT_FOUND");
        var empty = await (await admin.GetAsync($"/v1/admin/billing/export?merchant_id={other}&month=2026-09")).Content.ReadAsStringAsync();
        Assert.Equal(2, empty.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var listed = await admin.GetFromJsonAsync<JsonElement[]>($"/v1/admin/billing?merchant_id={merchant}&month=2026-11");
        Assert.Equal([b.ToString(), a.ToString()], listed!.Select(e => e.GetProperty("id").GetString()!).ToArray());
        var pendingOnly = await admin.GetFromJsonAsync<JsonElement[]>($"/v1/admin/billing?merchant_id={merchant}&status=pending");
        Assert.Equal(2, pendingOnly!.Length);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Status_moves_forward_only_void_needs_a_reason_and_the_session_follows(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var sessionId = Guid.NewGuid();
        var id = await SeedAsync(api, merchant, November, 4000, 200, sessionId);

        await ProblemAssert.IsAsync(await Move(admin, id, "paid"), HttpStatusCode.Conflict, "BILLING_STATUS_BACKWARDS");
        var invoiced = await Move(admin, id, "invoiced");
        Assert.Equal("invoiced", (await invoiced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("invoiced", await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == sessionId).Select(s => s.BillingStatus).SingleAsync()));
        await ProblemAssert.IsAsync(await Move(admin, id, "pending"), HttpStatusCode.Conflict, "BILLING_STATUS_BACKWARDS");
        await ProblemAssert.IsAsync(await Move(admin, id, "void"), HttpStatusCode.BadRequest, "VOID_REASON_REQUIRED");
        var paid = await (await Move(admin, id, "paid")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, paid.GetProperty("paid_at").ValueKind);
        await ProblemAssert.IsAsync(await Move(admin, id, "void", "customer complaint"), HttpStatusCode.Conflict, "BILLING_STATUS_BACKWARDS");
        await ProblemAssert.IsAsync(await Move(admin, id, "invoiced"), HttpStatusCode.Conflict, "BILLING_STATUS_BACKWARDS");
        Assert.Equal(HttpStatusCode.OK, (await Move(admin, id, "paid")).StatusCode); // Asking again changes nothing.
        Assert.Equal("paid", await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == sessionId).Select(s => s.BillingStatus).SingleAsync()));

        var other = await SeedAsync(api, merchant, November, 1000, 50);
        var voided = await (await Move(admin, other, "void", "duplicate order")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("void", "duplicate order"), (voided.GetProperty("status").GetString(), voided.GetProperty("void_reason").GetString()));
        await ProblemAssert.IsAsync(await Move(admin, other, "pending"), HttpStatusCode.Conflict, "BILLING_STATUS_BACKWARDS");
        await ProblemAssert.IsAsync(await Move(admin, other, "refunded"), HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await Move(admin, Guid.NewGuid(), "paid"), HttpStatusCode.NotFound, "BILLING_EVENT_NOT_FOUND");

        var audit = await api.WithDbAsync(d => d.AuditRecords.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.At).Select(a => a.Details).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"to\":\"paid\"", audit[1], StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Concurrent_moves_of_one_event_apply_once(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var id = await SeedAsync(api, merchant, November, 4000, 200);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Move(admin, id, "invoiced")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, await api.WithDbAsync(d => d.AuditRecords.CountAsync(a => a.EntityId == id.ToString() && a.Action == "billing.status")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Invoicing_a_month_moves_its_pending_events_and_totals_add_up_per_merchant(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var first = await SeedAsync(api, merchant, November, 4000, 200);
        var second = await SeedAsync(api, merchant, November.AddDays(1), 6000, 300);
        var voided = await SeedAsync(api, merchant, November.AddDays(2), 2000, 100);
        await SeedAsync(api, merchant, October, 9999, 499);
        (await Move(admin, voided, "void", "test order")).EnsureSuccessStatusCode();

        var invoice = await (await admin.PostAsJsonAsync("/v1/admin/billing/invoice", new { merchant_id = merchant, month = "2026-11" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 500), (invoice.GetProperty("invoiced").GetInt32(), invoice.GetProperty("amount_cents").GetInt32()));
        // Each move is audited with it, and the month's invoicing once.
        foreach (var e in new[] { first, second })
        {
            Assert.Equal(1, await api.WithDbAsync(d => d.AuditRecords.CountAsync(a => a.EntityId == e.ToString() && a.Action == "billing.status")));
        }

        Assert.Equal(1, await api.WithDbAsync(d => d.AuditRecords.CountAsync(a => a.EntityId == merchant && a.Action == "billing.invoice_period")));

        var totals = await admin.GetFromJsonAsync<JsonElement[]>($"/v1/admin/billing/totals?month=2026-11&merchant_id={merchant}");
        var t = Assert.Single(totals!);
        Assert.Equal((3, 12000, 500, 0, 500, 0, 100), (t.GetProperty("events").GetInt32(), t.GetProperty("order_total_cents").GetInt32(),
            t.GetProperty("billable_cents").GetInt32(), t.GetProperty("pending_cents").GetInt32(), t.GetProperty("invoiced_cents").GetInt32(),
            t.GetProperty("paid_cents").GetInt32(), t.GetProperty("void_cents").GetInt32()));
        var october = Assert.Single((await admin.GetFromJsonAsync<JsonElement[]>($"/v1/admin/billing/totals?month=2026-10&merchant_id={merchant}"))!);
        Assert.Equal(499, october.GetProperty("pending_cents").GetInt32());
        var all = await admin.GetFromJsonAsync<JsonElement[]>("/v1/admin/billing/totals?month=2026-11");
        Assert.Contains(all!, x => x.GetProperty("merchant_id").GetString() == merchant);
        await ProblemAssert.IsAsync(await admin.GetAsync("/v1/admin/billing/totals"), HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    private static Task<HttpResponseMessage> Move(HttpClient admin, Guid id, string status, string? reason = null) =>
        admin.PostAsJsonAsync($"/v1/admin/billing/{id}/status", new { status, reason });

    private static async Task<Guid> SeedAsync(NeravaApiFactory api, string merchant, DateTimeOffset at, int total, int fee, Guid? sessionId = null)
    {
        var id = Guid.NewGuid();
        var session = sessionId ?? Guid.NewGuid();
        await api.WithDbAsync(async d =>
        {
            if (sessionId is not null)
            {
                var driver = new Driver { Id = Guid.NewGuid(), Phone = NeravaApiFactory.NewPhone() + Guid.NewGuid().ToString("N")[..4], CreatedAt = at };
                d.Drivers.Add(driver);
                d.Sessions.Add(new ArrivalSessionRow
                {
                    Id = session,
                    DriverId = driver.Id,
                    MerchantId = merchant,
                    ArrivalType = "ev_curbside",
                    Status = Nerava.Arrival.Sessions.SessionStatus.Completed,
                    MerchantReplyCode = "1234",
                    CreatedAt = at,
                    ExpiresAt = at.AddHours(2),
                    BillingStatus = "pending",
                });
            }

            d.BillingEvents.Add(new BillingEvent
            {
                Id = id,
                SessionId = session,
                MerchantId = merchant,
                TotalCents = total,
                FeeBps = 500,
                BillableAmountCents = fee,
                TotalSource = "merchant_reported",
                CreatedAt = at,
            });
            return await d.SaveChangesAsync();
        });
        return id;
    }
}
