using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests;

public sealed class SmartcarServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_typed_clients_and_picks_v3_by_default()
    {
        using var provider = new ServiceCollection().AddSmartcarClient(o =>
        {
            o.ClientId = TestOptions.ClientId;
            o.ClientSecret = TestOptions.ClientSecret;
        }).BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<SmartcarAuthClient>());
        Assert.NotNull(provider.GetRequiredService<SmartcarVehicleClient>());
        Assert.NotNull(provider.GetRequiredService<SmartcarV3Client>());
        Assert.IsType<SmartcarApplicationTokenProvider>(provider.GetRequiredService<ISmartcarApplicationTokenProvider>());
        Assert.IsType<V3VehicleDataClient>(provider.GetRequiredService<IVehicleDataClient>());
        var options = provider.GetRequiredService<IOptions<SmartcarOptions>>().Value;
        Assert.Equal("https://api.smartcar.com", options.ApiOrigin);
        Assert.Equal("https://vehicle.api.smartcar.com", options.VehicleApiOrigin);
        Assert.Equal("https://iam.smartcar.com", options.IamOrigin);
        Assert.Equal(TimeSpan.FromSeconds(310), options.Timeout);
    }

    [Fact]
    public void Binds_a_configuration_section_and_picks_v2()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smartcar:ClientId"] = TestOptions.ClientId,
            ["Smartcar:ClientSecret"] = TestOptions.ClientSecret,
            ["Smartcar:ApiVersion"] = "2.0",
            ["Smartcar:Mode"] = "Simulated",
            ["Smartcar:Timeout"] = "00:01:00",
        }).Build();
        using var provider = new ServiceCollection().AddSmartcarClient(configuration.GetSection(SmartcarOptions.SectionName)).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SmartcarOptions>>().Value;
        Assert.Equal(SmartcarMode.Simulated, options.Mode);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Timeout);
        Assert.IsType<V2VehicleDataClient>(provider.GetRequiredService<IVehicleDataClient>());
    }

    [Fact]
    public void Invalid_options_fail_validation_with_every_problem()
    {
        using var provider = new ServiceCollection().AddSmartcarClient(o =>
        {
            o.ApiVersion = "1.0";
            o.ApiOrigin = "not a url";
            o.TotalTimeout = TimeSpan.FromSeconds(1);
        }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SmartcarOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("ClientId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ClientSecret", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ApiVersion", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ApiOrigin", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("TotalTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_options_pass_the_validator()
    {
        var result = new SmartcarOptionsValidator().Validate(null, TestOptions.Create());

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
