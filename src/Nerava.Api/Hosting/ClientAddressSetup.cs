using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Nerava.Api.Hosting;

/// <summary>Proxies whose X-Forwarded-For / X-Forwarded-Proto we believe (section <c>ForwardedHeaders</c>).</summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of our reverse proxies / load balancers, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of our reverse proxies, in CIDR form, e.g. <c>10.0.0.0/16</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxy hops to unwind.</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// The client's address, which every per-client limit keys on: the connection's peer, or the address in
/// X-Forwarded-For only when the peer is one of the configured proxies. Nothing is trusted by default (not even
/// loopback), so a client cannot pick its own address — nor share one quota with everyone behind an unconfigured proxy.
/// </summary>
public static class ClientAddressSetup
{
    public static IServiceCollection AddNeravaClientAddress(this IServiceCollection services, IConfiguration config)
    {
        var proxies = config.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        var known = proxies.KnownProxies.Select(p => IPAddress.TryParse(p, out var ip) ? ip
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = proxies.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{n}' is not a CIDR network.")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, proxies.ForwardLimit);
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            known.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>The client's address as limits see it (after forwarded-header processing).</summary>
    public static string ClientAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
