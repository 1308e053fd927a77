Console.WriteLine("Nerava benchmarks: not yet implemented.");
