namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>The admin page's live operations and the console's analytics.</summary>
public sealed class AdminOperationsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Operations_show_sessions_by_status_outbox_backlog_and_the_metric_totals(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();

        var ops = await admin.GetFromJsonAsync<JsonElement>("/v1/admin/operations");

        Assert.True(ops.GetProperty("sessions_by_status").GetProperty("awaiting_arrival").GetInt64() >= 1);
        Assert.Contains(ops.GetProperty("outbox").EnumerateArray(), o => o.GetProperty("channel").GetString() == "sms");
        Assert.True(ops.GetProperty("totals").GetProperty("nerava.otp.sends{outcome=sent}").GetDouble() >= 1);
        Assert.True(ops.TryGetProperty("tracking_lag", out _));
        Assert.DoesNotContain("+1512", ops.GetRawText(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Console_analytics_count_this_weeks_arrivals_by_source_with_on_time_rate(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        var staff = await api.LoginStaffAsync();
        (await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true })).EnsureSuccessStatusCode();

        var analytics = await staff.GetFromJsonAsync<JsonElement>("/v1/merchant/analytics?on_time_minutes=10");

        Assert.Equal(10, analytics.GetProperty("on_time_minutes").GetInt32());
        var week = analytics.GetProperty("this_week");
        Assert.True(week.GetProperty("arrivals").GetInt32() >= 1);
        Assert.True(week.GetProperty("confirmed").GetInt32() >= 1);
        Assert.True(week.GetProperty("by_source").GetProperty("manual").GetInt32() >= 1);
        Assert.InRange(week.GetProperty("on_time_rate").GetDouble(), 0.0001, 1);
        Assert.True(analytics.TryGetProperty("last_week", out _));
        await ProblemAssert.IsAsync(await staff.GetAsync("/v1/merchant/analytics?on_time_minutes=0"), HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await driver.GetAsync("/v1/merchant/analytics"), HttpStatusCode.Forbidden, "FORBIDDEN");
    }
}
