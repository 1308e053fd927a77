namespace Nerava.Smartcar.Tests.Infrastructure;

/// <summary>Reads recorded payloads from <c>Fixtures/</c> next to the test assembly.</summary>
public static class Fixture
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
}
