namespace Nerava.Api.IntegrationTests.Features.Hosting;

/// <summary>
/// Browser routes get the web app; API paths never do. Unknown API paths are 404 problems, and a known path with another
/// method or content type is 405/415 (a catch-all API fallback used to turn those into 404s).
/// </summary>
public sealed class WebAppFallbackTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Browser_routes_get_the_web_app_and_api_paths_get_problems()
    {
        var client = (await fixture.For(TestDatabase.Sqlite)).CreateClient();
        var webBuilt = File.Exists(Path.Combine(ScriptedServer.RepoRoot(), "apps", "web", "dist", "index.html"));

        var merchant = await client.GetAsync("/merchant");
        var deep = await client.GetAsync("/arrival/some-session");
        var unknownApi = await client.GetAsync("/v1/merchant/nothing-here");
        var unknownHub = await client.GetAsync("/hubs/unknown");
        var wrongMethod = await client.PutAsync("/v1/auth/otp/start", JsonContent.Create(new { phone = "+15125550100" }));
        var wrongType = await client.PostAsync("/v1/auth/otp/start", new StringContent("phone=1", System.Text.Encoding.UTF8, "text/plain"));

        Assert.True(webBuilt, "scripts/test.sh builds the web app first (apps/web/dist/index.html).");
        Assert.Equal(("text/html", "text/html"), (merchant.Content.Headers.ContentType?.MediaType, deep.Content.Headers.ContentType?.MediaType));
        await ProblemAssert.IsAsync(unknownApi, HttpStatusCode.NotFound, "NOT_FOUND");
        await ProblemAssert.IsAsync(unknownHub, HttpStatusCode.NotFound, "NOT_FOUND");
        await ProblemAssert.IsAsync(wrongMethod, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        await ProblemAssert.IsAsync(wrongType, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }
}
