namespace Nerava.Smartcar.Simulator;

/// <summary>Runs the simulator standalone: <c>dotnet run --project src/Nerava.Smartcar.Simulator</c>.</summary>
public static class SimulatorProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "Nerava Smartcar simulator");
        app.Run();
    }
}
