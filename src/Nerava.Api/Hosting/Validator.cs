namespace Nerava.Api.Hosting;

/// <summary>Collects field errors for one request; endpoints return <see cref="Problems.Validation"/> when any exist.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public Validator Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }

            list.Add(message);
        }

        return this;
    }

    public Validator Latitude(double? value, string field = "lat", bool required = true) =>
        value is null
            ? Require(!required, field, "Required.")
            : Require(double.IsFinite(value.Value) && value is >= -90 and <= 90, field, "Must be between -90 and 90.");

    public Validator Longitude(double? value, string field = "lng", bool required = true) =>
        value is null
            ? Require(!required, field, "Required.")
            : Require(double.IsFinite(value.Value) && value is >= -180 and <= 180, field, "Must be between -180 and 180.");

    public Validator NonNegative(long? value, string field) =>
        value is null ? this : Require(value >= 0, field, "Must not be negative.");

    public Validator MaxLength(string? value, int max, string field) =>
        value is null ? this : Require(value.Length <= max, field, $"At most {max} characters.");

    public Validator OneOf(string? value, IReadOnlyCollection<string> allowed, string field, bool required = true) =>
        value is null
            ? Require(!required, field, "Required.")
            : Require(allowed.Contains(value), field, $"Must be one of: {string.Join(", ", allowed)}.");

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
