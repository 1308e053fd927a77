namespace Nerava.Api.Features.Ocpp;

/// <summary>This process's identity among API instances: the owner recorded on a connected charge point.</summary>
public static class OcppInstance
{
    public static readonly string Id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
