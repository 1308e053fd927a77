namespace Nerava.Arrival.Tests;

public class DomainAssemblyTests
{
    [Fact]
    public void Domain_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var references = typeof(DomainAssembly).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains(references, name => name.StartsWith("System", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
