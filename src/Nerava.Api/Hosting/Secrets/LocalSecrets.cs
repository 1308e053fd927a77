using System.Security.Cryptography;
using Nerava.Api.Data;

namespace Nerava.Api.Hosting.Secrets;

/// <summary>
/// Secrets the embedded default (and Development) makes for itself on first run and keeps in its data folder, so no
/// value shipped in the repository can sign anything. Processes that share the folder share the secrets.
/// </summary>
public sealed class LocalSecrets(string directory)
{
    public string Directory => directory;

    public static LocalSecrets For(IConfiguration config, IHostEnvironment env)
    {
        var database = config.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return new LocalSecrets(database.ResolveDataDirectory(env.ContentRootPath));
    }

    /// <summary>The secret stored under <paramref name="name"/>; 32 random bytes (base64url) are stored on first use.</summary>
    public string GetOrCreate(string name) =>
        GetOrCreate(name, () => Base64UrlEncode(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The text stored under <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    public string GetOrCreate(string name, Func<string> create)
    {
        var path = Path.Combine(directory, name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        System.IO.Directory.CreateDirectory(directory);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temp, options))
        {
            writer.Write(create());
        }

        try
        {
            // Atomic: a second process starting at the same moment keeps the first one's secret.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }

        return File.ReadAllText(path).Trim();
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
