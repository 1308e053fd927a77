using System.Collections.Frozen;
using System.Text.Json;
using Nerava.Ocpp.Framing;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Nerava.Ocpp.Schemas;

/// <summary>A schema violation as the CALLERROR to answer with.</summary>
public sealed record SchemaViolation(string ErrorCode, string Description);

/// <summary>
/// Validates payloads against the official OCPP 1.6 JSON schemas embedded in this assembly (draft-04, hence NJsonSchema).
/// Requests are keyed by action (<c>BootNotification</c>), responses by action + <c>Response</c>.
/// </summary>
public static class OcppSchemas
{
    private const string ResourcePrefix = "Nerava.Ocpp.Schemas.";

    private static readonly Lazy<FrozenDictionary<string, JsonSchema>> All = new(Load);

    public static bool HasRequest(string action) => All.Value.ContainsKey(action);

    public static SchemaViolation? ValidateRequest(string action, JsonElement payload) => Validate(action, payload);

    public static SchemaViolation? ValidateResponse(string action, JsonElement payload) => Validate(action + "Response", payload);

    private static SchemaViolation? Validate(string name, JsonElement payload)
    {
        if (!All.Value.TryGetValue(name, out var schema))
        {
            return new SchemaViolation(OcppErrorCodes.NotImplemented, $"No schema for {name}.");
        }

        var errors = schema.Validate(payload.GetRawText());
        return errors.Count == 0 ? null : ToViolation(Flatten(errors).First());
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>Maps a schema error to J16's codes: missing → occurrence, wrong type → type, bad value → property, unknown field → formation.</summary>
    internal static SchemaViolation ToViolation(ValidationError error)
    {
        var code = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired or ValidationErrorKind.TooFewItems or ValidationErrorKind.TooManyItems
                => OcppErrorCodes.OccurenceConstraintViolation,
            ValidationErrorKind.StringExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.NumberExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NullExpected => OcppErrorCodes.TypeConstraintViolation,
            ValidationErrorKind.NoAdditionalPropertiesAllowed or ValidationErrorKind.AdditionalPropertiesNotValid
                => OcppErrorCodes.FormationViolation,
            _ => OcppErrorCodes.PropertyConstraintViolation,
        };
        var where = string.IsNullOrEmpty(error.Path) ? error.Property : error.Path.TrimStart('#', '/');
        return new SchemaViolation(code, $"{error.Kind} at {where}");
    }

    private static FrozenDictionary<string, JsonSchema> Load()
    {
        var assembly = typeof(OcppSchemas).Assembly;
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[ResourcePrefix.Length..^".json".Length];
            schemas[name] = JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
        }

        return schemas.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
