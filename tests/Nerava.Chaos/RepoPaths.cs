namespace Nerava.Chaos;

internal static class RepoPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nerava.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (Nerava.slnx) not found.");
    }

    public static string Script(string name) => Path.Combine(Root(), "scripts", name);

    /// <summary>The API's build output of the same configuration as this runner (Release when run with -c Release).</summary>
    public static string ApiDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug"
            : "Release";
        var dll = Path.Combine(Root(), "src", "Nerava.Api", "bin", configuration, "net10.0", "Nerava.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the API first (dotnet build -c Release).", dll);
    }
}
