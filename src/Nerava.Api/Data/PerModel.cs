using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Nerava.Api.Data;

/// <summary>
/// A compiled query per EF Core model: a compiled query refuses a second model, and one process can hold two (PostgreSQL and
/// SQLite, as the integration tests do). A production process has one, so this is one table lookup per execution.
/// </summary>
internal sealed class PerModel<T> where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _byModel = new();
    private readonly ConditionalWeakTable<IModel, T>.CreateValueCallback _compile;

    public PerModel(Func<T> compile) => _compile = _ => compile();

    public T For(DbContext db) => _byModel.GetValue(db.Model, _compile);
}
