using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Features.Tracking;

// A make-believe feature folder, so the seam test can show it catches a feature using another's internals.
namespace Nerava.Api.Features.Probe;

internal static class ReachesIn
{
    public static void Write(NeravaDbContext db, ArrivalSessionRow row, SessionFact fact) => SessionRowWriter.Apply(db, row, fact);

    public static Type Worker() => typeof(TrackBatch);

    public static Type Door() => typeof(SessionStore);
}
