using Nerava.Api.IntegrationTests.Features.Smartcar;

namespace Nerava.Api.IntegrationTests.Features.Realtime;

/// <summary>Merchant staff learn how soon and how far (a band) a driver is, never where: no coordinates in their pushes or list.</summary>
public sealed class StaffPayloadPrivacyTests
{
    private static readonly string[] CoordinateNames = ["lat", "lng", "latitude", "longitude", "last_location", "location"];

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_staff_hub_message_has_no_coordinates_while_the_driver_gets_his(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Tracking:IdleDelay"] = "01:00:00" });
        var (vehicle, id, driverToken) = await SmartcarWebhookRequests.TrackedSessionAsync(api);
        var staff = await api.LoginStaffAsync();
        await using var merchantHub = await SessionHubListener.ConnectAsync(api, staff.DefaultRequestHeaders.Authorization!.Parameter!);
        await using var driverHub = await SessionHubListener.ConnectAsync(api, driverToken);
        const double lat = Demo.SanAntonioChargerLat + 0.03; // ~3.3 km north of the charger

        await SmartcarWebhookRequests.PostSignedAsync(api, SmartcarWebhookRequests.VehicleState(vehicle, lat, Demo.SanAntonioChargerLng, DateTimeOffset.UtcNow));

        var toDriver = await driverHub.NextAsync(u => u.GetProperty("session").GetProperty("session_id").GetString() == id);
        var toStaff = await merchantHub.NextAsync(u => u.GetProperty("arrival").GetProperty("session_id").GetString() == id);
        Assert.Equal(lat, toDriver.GetProperty("smartcar").GetProperty("last_location").GetProperty("lat").GetDouble(), 6);
        Assert.Empty(CoordinatesIn(toStaff));
        Assert.DoesNotContain(lat.ToString(System.Globalization.CultureInfo.InvariantCulture)[..7], toStaff.GetRawText(), StringComparison.Ordinal);
        var arrival = toStaff.GetProperty("arrival");
        Assert.Equal("1_to_5_km", arrival.GetProperty("distance_band").GetString());
        Assert.False(arrival.GetProperty("on_site").GetBoolean());

        var list = await staff.GetFromJsonAsync<JsonElement>("/v1/merchant/arrivals");
        var listed = list.EnumerateArray().Single(a => a.GetProperty("session_id").GetString() == id);
        Assert.Empty(CoordinatesIn(listed));
        Assert.Equal("1_to_5_km", listed.GetProperty("distance_band").GetString());
    }

    /// <summary>Every property anywhere in <paramref name="json"/> whose name says it is a position.</summary>
    private static List<string> CoordinatesIn(JsonElement json)
    {
        var found = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (CoordinateNames.Contains(p.Name) || p.Name.EndsWith("_lat", StringComparison.Ordinal) || p.Name.EndsWith("_lng", StringComparison.Ordinal))
                    {
                        found.Add(p.Name);
                    }

                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(json);
        return found;
    }
}
