using System.Globalization;

namespace Nerava.Api.Hosting;

/// <summary>Cents as people read them in texts and problem details: "$1,234.50".</summary>
public static class Money
{
    public static string Dollars(int cents) => (cents / 100m).ToString("$#,0.00", CultureInfo.InvariantCulture);
}
