using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WorkflowOffice.Host.PublicApi;

/// <summary>
/// The address beneficiaries reach the public pages at (status, attestation, survey), for links in the messages
/// they receive: <c>Public:BaseUrl</c> when configured (the association's public site behind its proxy), otherwise
/// the address the host listens on — never a fixed development address that nobody outside can open.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IServer server)
{
    public const string BaseUrlKey = "Public:BaseUrl";

    /// <summary>The base address, always ending without a slash.</summary>
    public string BaseUrl =>
        configuration[BaseUrlKey] is { Length: > 0 } configured ? configured.TrimEnd('/') : Listening();

    /// <summary>An absolute link to <paramref name="pathAndQuery"/> (e.g. <c>/survey/abc</c>) on the public address.</summary>
    public string Link(string pathAndQuery) => BaseUrl + "/" + pathAndQuery.TrimStart('/');

    /// <summary>The first address the server is bound to, with a wildcard host ("0.0.0.0", "[::]", "+", "*") named as localhost.</summary>
    private string Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (first is null)
        {
            return "http://localhost";
        }

        foreach (var wildcard in new[] { "://0.0.0.0", "://[::]", "://+", "://*" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return first.TrimEnd('/');
    }
}
