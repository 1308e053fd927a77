
namespace Nerava.Api.Features.Admin;

/// <summary>
/// <c>dotnet run --project src/Nerava.Api -- admin create --email ops@example.com</c>: creates an admin account. The
/// password is the first line of standard input when input is piped, otherwise one is generated and printed once.
/// </summary>
public static class AdminCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, bool inputRedirected, TextWriter output,
        CancellationToken ct)
    {
        var email = ValueOf(args, "--email");
        if (args.Length < 2 || args[1] != "create" || string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync("usage: admin create --email <address>   (password from stdin, or generated and printed once)");
            return 2;
        }

        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200)
        {
            await output.WriteLineAsync("error: --email must be an email address.");
            return 2;
        }

        var piped = inputRedirected ? (await input.ReadLineAsync(ct))?.Trim() : null;
        var password = string.IsNullOrEmpty(piped) ? AdminAccounts.GeneratePassword() : piped;
        if (password.Length < AdminAccounts.MinPasswordLength || password.Length > 200)
        {
            await output.WriteLineAsync($"error: the password must be {AdminAccounts.MinPasswordLength} to 200 characters.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAsync(email, password, ct);
        if (account is null)
        {
            await output.WriteLineAsync($"error: an admin account for {email.Trim().ToLowerInvariant()} already exists.");
            return 1;
        }

        await output.WriteLineAsync($"Created admin {account.Email} ({account.Id}).");
        if (string.IsNullOrEmpty(piped))
        {
            // Shown once, never stored or logged: only its hash is kept.
            await output.WriteLineAsync($"Password (shown only now): {password}");
        }

        return 0;
    }

    private static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
