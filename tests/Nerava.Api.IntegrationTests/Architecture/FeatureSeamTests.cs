namespace Nerava.Api.IntegrationTests.Architecture;

/// <summary>
/// Feature folders (src/Nerava.Api/Features/X) are vertical slices: a feature may use another feature only through the
/// seams listed here — the types that feature offers the others. Everything else in a folder (handlers, helpers,
/// options, workers) is its own business; shared code belongs in Data/ or Hosting/. Hosting/ and Program wire features
/// together and are not checked. Adding a seam is a design decision: add it here, with the reason, and in the README.
/// </summary>
public sealed class FeatureSeamTests
{
    /// <summary>Feature → the types other features may use, and why.</summary>
    internal static readonly Dictionary<string, string[]> Seams = new()
    {
        // Product events: every feature records its own.
        ["Analytics"] = ["AnalyticsSink", "AnalyticsEvent"],

        // The one path every signal takes (the tracker and the Smartcar webhook feed it); the merchant console maps the
        // same confirm handler on its own route; what the merchant is told, worded in one place (a cancel, an SMS answer).
        ["Arrival"] =
        [
            "SignalProcessor", "SignalResult", "QuietSignal", "MerchantConfirm", "MerchantConfirmRequest", "MerchantConfirmResponse",
            "MerchantNotifier", "MerchantMessages",
        ],

        // The E.164 check merchant settings share with login; tokens for the admin login and a staff invite's first sign-in;
        // the keyed hash invite tokens are stored as; the disabled-staff check the admin API resets; the login limits
        // (per address, per account, counted before the password is checked) the admin login shares with staff login.
        ["Auth"] = ["PhoneNumber", "TokenIssuer", "TokenResponse", "SigningKeyProvider", "StaffAccess", "StaffLoginLimiter", "LoginGate"],

        // What merchant staff see of a session (ETA, distance band, on-site flags — never coordinates): the console's list,
        // and the live push to staff.
        ["MerchantConsole"] = ["StaffArrivalView", "StaffSessionUpdate", "MerchantArrival"],

        // The URL Twilio signs and its check: the dev outbox signs its "Reply DONE" over the same URL.
        ["MerchantReplies"] = ["TwilioRequestVerifier"],

        // Queue a message in the caller's unit of work (at least once, or exactly once for merchant texts); be told when
        // one was delivered; the Twilio account for replies.
        ["Notifications"] = ["OutboxWriter", "DeliveryGuarantee", "IOutboxDeliveryObserver", "TwilioOptions"],

        // Registering a charge point and issuing its key is one operation (dev endpoint, demo simulator, admin API); the
        // demo simulator connects to the endpoint's path; the admin API shows the URL a new key is for.
        ["Ocpp"] = ["ChargePointRegistration", "RegisteredChargePoint", "OcppEndpoint", "OcppUrls"],

        // The live push (the session door and the tracker's readings publish through it); the Redis setting's parser, which
        // the OCPP command wake-up and the login/OTP limits (when kept in Redis) share with the SignalR backplane.
        ["Realtime"] = ["SessionBroadcaster", "RedisConnection"],

        // THE DOOR: a session changes only through SessionStore.ApplyAsync with a SessionChange (the tracker's quiet
        // readings through SessionReadings); plus the session's wire shapes, the shared confirm use case and its 400s.
        ["Sessions"] =
        [
            "SessionStore", "SessionChange", "SessionFact", "SessionFacts", "SessionEffects", "SessionMessage", "SessionRefusal", "ApplyResult", "ApplyOutcome",
            "SessionReadings", "SessionMemory", "ConfirmFulfilment", "FulfilmentResult", "TransitionProblems", "PairingProblems",
            "SessionView", "SessionResponse", "SmartcarStatusResponse", "SessionVehicle",
            // The arrival's evidence ("Verified by charger · stall 2") on the merchant console.
            "ArrivalEvidenceView",
        ],

        // Vehicle data as domain signals, and fresh access tokens, for the tracker's polls; the tracker tells the driver
        // (through TrackingResumption) when a dead connection stopped tracking, and reconnecting resumes it there.
        ["Smartcar"] = ["VehicleSignals", "TokenRefresher", "ReconnectRequiredException", "TrackingResumption"],

        // The admin page's live operations read the very sample and totals /metrics exports.
        ["Telemetry"] = ["OperationsSampler", "OperationsSample", "OutboxChannelSample", "MetricTotals"],

        // A webhook push re-plans the next poll; the simulator tells the tracker how fast its cars' clock runs; the webhook
        // applies the tracker's data-age limit (Tracking:MaxDataAgeMinutes).
        ["Tracking"] = ["PushReplanner", "IVehicleClockScale", "TrackingOptions"],
    };

    [Fact]
    public void Features_use_each_other_only_through_their_seams()
    {
        var violations = CrossFeatureReferences(IlScanner.Load(typeof(Program)))
            .Where(r => !(Seams.TryGetValue(r.To, out var seams) && seams.Contains(r.Type)))
            .Select(r => $"{r.From} ({r.User}) → {r.To}.{r.Type}").Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(violations.Count == 0, "A feature reaches into another's internals:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_scan_sees_a_feature_using_anothers_internals()
    {
        var violations = CrossFeatureReferences(IlScanner.Load(typeof(FeatureSeamTests)))
            .Where(r => r.From == "Probe" && !(Seams.TryGetValue(r.To, out var seams) && seams.Contains(r.Type)))
            .Select(r => $"{r.To}.{r.Type}").ToList();

        Assert.Contains("Sessions.SessionRowWriter", violations);
        Assert.Contains("Tracking.TrackBatch", violations);
        Assert.DoesNotContain("Sessions.SessionStore", violations); // The door is a seam.
    }

    internal static IEnumerable<(string From, string User, string To, string Type)> CrossFeatureReferences(Mono.Cecil.ModuleDefinition module)
    {
        foreach (var type in IlScanner.AllTypes(module))
        {
            if (IlScanner.FeatureOf(type) is not { } from)
            {
                continue;
            }

            foreach (var used in IlScanner.ReferencedTypes(type))
            {
                if (IlScanner.FeatureOf(used) is { } to && to != from)
                {
                    yield return (from, IlScanner.Outermost(type).Name, to, IlScanner.Outermost(used).Name);
                }
            }
        }
    }
}
