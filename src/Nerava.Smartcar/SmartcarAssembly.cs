namespace Nerava.Smartcar;

/// <summary>Marker for the client assembly.</summary>
public static class SmartcarAssembly;
