using System.Net;
using System.Net.Sockets;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// The address sign-in failures are counted under. An IPv6 client is counted by its /64 network: one household or
/// server gets a whole /64, so counting single IPv6 addresses would hand a guesser billions of fresh ones.
/// </summary>
public static class SignInAddress
{
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Of(http.Connection.RemoteIpAddress);
    }

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
