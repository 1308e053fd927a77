using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.TestSupport;

/// <summary>
/// Plays the API's part in tests: feeds signals to the policy and applies its decisions to the snapshot the way
/// the signal processor does (MarkArrived → ArrivalVerified, FireKitchen → KitchenFired, SendHeadsUp → HeadsUpSent).
/// </summary>
internal sealed class SessionDriver(SessionSnapshot initial, ArrivalPolicyOptions? options = null)
{
    private readonly ArrivalPolicyOptions _options = options ?? ArrivalPolicyOptions.Default;

    public SessionSnapshot Session { get; private set; } = initial;

    public List<PolicyOutcome> Outcomes { get; } = [];

    public IEnumerable<Decision> AllDecisions => Outcomes.SelectMany(o => o.Decisions);

    public PolicyOutcome Feed(Signal signal)
    {
        var outcome = ArrivalPolicy.Evaluate(Session, signal, _options);
        Outcomes.Add(outcome);
        var next = Session with { Memory = outcome.Memory };
        foreach (var decision in outcome.Decisions)
        {
            next = decision switch
            {
                MarkArrived => next with { Status = SessionTransitions.Apply(next.Status, SessionTrigger.ArrivalVerified).To },
                FireKitchen => next with { KitchenFired = true },
                SendHeadsUp => next with { HeadsUpSent = true },
                _ => next,
            };
        }

        Session = next;
        return outcome;
    }

    /// <summary>Index of the first outcome that contains a decision of type <typeparamref name="T"/>, or -1.</summary>
    public int FirstIndexOf<T>()
        where T : Decision =>
        Outcomes.FindIndex(o => o.Decisions.OfType<T>().Any());
}
