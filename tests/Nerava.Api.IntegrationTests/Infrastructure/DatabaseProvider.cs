namespace Nerava.Api.IntegrationTests.Infrastructure;

public enum TestDatabase
{
    Postgres,
    Sqlite,
}

/// <summary>Theory data: every database-facing test runs on both providers.</summary>
public sealed class BothDatabases : TheoryData<TestDatabase>
{
    public BothDatabases()
    {
        Add(TestDatabase.Postgres);
        Add(TestDatabase.Sqlite);
    }
}
