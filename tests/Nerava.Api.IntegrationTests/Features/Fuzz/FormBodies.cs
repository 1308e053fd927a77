using System.Text;

namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>Form posts as Twilio sends them, and broken ones: NUL, bad escapes, empty or truncated multipart, huge values.</summary>
public static class FormBodies
{
    private static readonly string[] Bodies = ["DONE 4821", "DONE 4821 $45", "done", "STOP", "", "DONE 99999999999999999999", "DONE 1 $1e400"];

    private static readonly Func<Random, (string ContentType, byte[] Body, string What)>[] Cases =
    [
        r => Urlencoded(Twilio(r), "twilio-shaped"),
        r => Urlencoded($"{Twilio(r)}&Body=%00", "Body=%00"),
        _ => Urlencoded("Body=%00", "only Body=%00"),
        _ => Urlencoded("%00=x&From=%2B1", "NUL key"),
        _ => Urlencoded("Body=%ZZ%E0%A4&From=%", "bad escapes"),
        _ => Urlencoded("Body=%ED%A0%80&From=%FF%FE", "lone surrogate and invalid UTF-8 escapes"),
        _ => ("application/x-www-form-urlencoded", [0x42, 0x6F, 0x64, 0x79, 0x3D, 0xFF, 0xED, 0xA0, 0x80], "raw invalid UTF-8"),
        r => Urlencoded($"Body={new string('A', r.Next(2) == 0 ? 20_000 : 2_000_000)}", "huge value"),
        r => Urlencoded(string.Join('&', Enumerable.Range(0, r.Next(2) == 0 ? 2_000 : 20_000).Select(i => $"k{i}=v")), "many keys"),
        _ => Urlencoded($"{new string('k', 5_000)}=v", "huge key"),
        _ => Urlencoded("Body=DONE+1&Body=DONE+2&MessageSid=SM1&MessageSid=SM2", "repeated keys"),
        _ => ("multipart/form-data; boundary=fuzz", [], "empty multipart"),
        _ => ("multipart/form-data", "--x\r\n"u8.ToArray(), "multipart without boundary"),
        _ => Multipart("--fuzz\r\nContent-Disposition: form-data; name=\"Body\"\r\n\r\nDONE 1", "truncated multipart"),
        _ => Multipart("--fuzz\r\nContent-Disposition: form-data; name=\"Body\"\r\n\r\n\0\r\n--fuzz--\r\n", "multipart NUL value"),
        _ => Multipart("--fuzz\r\n\r\n\r\n--fuzz--\r\n", "multipart part without headers"),
        _ => Multipart("--fuzz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nabc\r\n--fuzz--\r\n", "multipart file"),
        _ => Multipart("garbage before\r\n--fuzz--", "multipart garbage"),
        r => ("multipart/form-data; boundary=" + new string('b', r.Next(60, 200)), "--b\r\n"u8.ToArray(), "long boundary"),
        _ => ("application/json", "{\"Body\":\"DONE 1\"}"u8.ToArray(), "JSON to a form endpoint"),
        _ => ("text/plain", "Body=DONE 1"u8.ToArray(), "text/plain"),
        _ => ("application/x-www-form-urlencoded; charset=utf-16", Encoding.Unicode.GetBytes("Body=DONE 1"), "utf-16 form"),
    ];

    public static (string ContentType, byte[] Body, string What) Next(Random rng) => Cases[rng.Next(Cases.Length)](rng);

    private static string Twilio(Random r) =>
        $"MessageSid=SM{r.Next():x8}&AccountSid=AC1&From=%2B1210555{r.Next(10_000):D4}&To=%2B15125550000&Body={Uri.EscapeDataString(Bodies[r.Next(Bodies.Length)])}";

    private static (string, byte[], string) Urlencoded(string body, string what) =>
        ("application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(body), what);

    private static (string, byte[], string) Multipart(string body, string what) =>
        ("multipart/form-data; boundary=fuzz", Encoding.UTF8.GetBytes(body), what);
}
