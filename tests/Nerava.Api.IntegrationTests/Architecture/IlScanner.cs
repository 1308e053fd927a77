using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Nerava.Api.IntegrationTests.Architecture;

/// <summary>
/// Reads compiled IL (signatures, attributes and method bodies, lambdas and async state machines included, since the
/// compiler nests those in the type that wrote them), so the architecture tests see every reference a type makes.
/// </summary>
internal static class IlScanner
{
    public const string FeaturesNamespace = "Nerava.Api.Features.";

    public static ModuleDefinition Load(Type anyTypeInAssembly) => ModuleDefinition.ReadModule(anyTypeInAssembly.Assembly.Location);

    /// <summary>Every type of the module, nested ones included.</summary>
    public static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module) => module.Types.SelectMany(Flatten);

    /// <summary>The type a nested (or compiler-generated) type belongs to.</summary>
    public static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>"Sessions" for anything in <c>Nerava.Api.Features.Sessions</c> (or below); null outside the feature folders.</summary>
    public static string? FeatureOf(TypeReference type)
    {
        var ns = Outermost(type).Namespace;
        return ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal) ? ns[FeaturesNamespace.Length..].Split('.')[0] : null;
    }

    /// <summary>Every type <paramref name="type"/>'s own signatures and code mention (generic arguments unwrapped).</summary>
    public static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t) => Unwrap(t, found);
        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        type.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
        type.Fields.ToList().ForEach(f => Add(f.FieldType));
        type.Properties.ToList().ForEach(p => Add(p.PropertyType));
        foreach (var method in type.Methods)
        {
            AddMethod(method, found);
            method.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference m:
                        AddMethod(m, found);
                        break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>The method calls in <paramref name="method"/>'s body.</summary>
    public static IEnumerable<MethodReference> Calls(MethodDefinition method) =>
        method.HasBody ? method.Body.Instructions.Select(i => i.Operand).OfType<MethodReference>() : [];

    /// <summary>The string literals in <paramref name="method"/>'s body.</summary>
    public static IEnumerable<string> Strings(MethodDefinition method) =>
        method.HasBody ? method.Body.Instructions.Where(i => i.OpCode == OpCodes.Ldstr).Select(i => (string)i.Operand) : [];

    private static void AddMethod(MethodReference m, List<TypeReference> found)
    {
        Unwrap(m.DeclaringType, found);
        Unwrap(m.ReturnType, found);
        m.Parameters.ToList().ForEach(p => Unwrap(p.ParameterType, found));
        if (m is GenericInstanceMethod generic)
        {
            generic.GenericArguments.ToList().ForEach(a => Unwrap(a, found));
        }
    }

    private static void Unwrap(TypeReference? type, List<TypeReference> found)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Unwrap(generic.ElementType, found);
                generic.GenericArguments.ToList().ForEach(a => Unwrap(a, found));
                return;
            case TypeSpecification spec: // arrays, by-ref, pointers, modifiers
                Unwrap(spec.ElementType, found);
                return;
            default:
                found.Add(type);
                return;
        }
    }

    private static IEnumerable<TypeDefinition> Flatten(TypeDefinition type) => type.NestedTypes.SelectMany(Flatten).Prepend(type);
}
