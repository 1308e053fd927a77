namespace Nerava.Smartcar.Simulator;

/// <summary>
/// Runs the simulator standalone at the root path: <c>dotnet run --project src/Nerava.Smartcar.Simulator -- --urls http://127.0.0.1:5080</c>.
/// Settings come from the <c>SmartcarSimulator</c> configuration section (e.g. <c>SmartcarSimulator__TimeScale=60</c>).
/// </summary>
public static class SimulatorProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSmartcarSimulator();
        var app = builder.Build();
        app.MapSmartcarSimulator();
        app.Run();
    }
}
