using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>Emits the records: <c>&lt;Client&gt;.Models.g.cs</c>.</summary>
internal static class ModelsEmitter
{
    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        if (HasUndescribed(spec))
        {
            // A schema or property the spec does not describe gets no doc comment rather than a filler that repeats its
            // name ("The id property."): a filler tells nothing, and on a large spec it was a quarter of this file.
            writer.Line("#pragma warning disable CS1591 // the spec does not describe every schema and property");
            writer.Line();
        }

        foreach (var model in spec.Objects)
        {
            EmitRecord(writer, spec, model);
        }
    }

    private static void EmitRecord(SourceWriter writer, ApiSpec spec, ObjectModel model)
    {
        if (model.Description is { } description)
        {
            writer.Doc("summary", description);
        }

        writer.Line(CSharp.GeneratedCodeAttribute);
        CSharp.ObsoleteSchema(writer, model.IsDeprecated, model.Source, model.Name);

        writer.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({CSharp.ConverterType(model.Name, spec)}))]");
        var declaration = model.IsAbstract ? "abstract" : "sealed";
        var baseList = model.BaseName is { } baseName ? " : " + CSharp.Qualified(baseName, spec.Namespace) : string.Empty;
        writer.Open($"{spec.Accessibility} {declaration} partial record {model.Name}{baseList}");
        var first = true;
        var bit = -1; // the property's bit in the presence set, counted over the inherited properties too
        foreach (var property in model.Properties)
        {
            bit += property.TracksPresence ? 1 : 0;
            if (property.IsInherited)
            {
                continue; // The base record declares it.
            }

            if (!first)
            {
                writer.Line();
            }

            first = false;
            if (property.Description is { } propertyDescription)
            {
                writer.Doc("summary", propertyDescription);
            }

            if (property.TracksPresence)
            {
                writer.Line("/// <remarks>Written when set, null too, and left out when never set; reading sets it when it arrived.</remarks>");
            }

            if (property.IsDeprecated)
            {
                writer.Line($"[global::System.Obsolete({CSharp.Literal($"The property {property.WireName} is deprecated in the spec.")})]");
            }

            var required = property.IsRequired && !property.Type.IsNullable ? "required " : string.Empty;
            if (property.TracksPresence)
            {
                writer.Line($"public {CSharp.TypeName(property.Type, spec.Namespace)} {property.Name} {{ get => {BackingField(property)}; init {{ {BackingField(property)} = value; {PresenceField} = {PresenceField}.With({bit}); }} }}");
            }
            else
            {
                writer.Line($"public {required}{CSharp.TypeName(property.Type, spec.Namespace)} {property.Name} {{ get; init; }}");
            }

            if (property is { Default: { } value, DefaultName: { } defaultName })
            {
                EmitDefault(writer, spec, property, value, defaultName);
            }
        }

        if (model.KeepsUndocumented && !model.InheritsUndocumented)
        {
            if (!first)
            {
                writer.Line();
            }

            // What they are for (order, equality, ToString) is documented once, on the runtime type.
            writer.Line("/// <summary>The JSON properties the schema does not list, kept as they arrived; null when there were none.</summary>");
            writer.Line($"public {CSharp.Runtime}.ApiUndocumentedProperties? {model.UndocumentedPropertiesName} {{ get; init; }}");
        }

        if (model.NeedsRedactingPrinter)
        {
            EmitRedactingPrintMembers(writer, model);
        }

        EmitPresenceFields(writer, spec, model);
        writer.Close();
        writer.Line();
        if (model.Discriminator is { } discriminator)
        {
            PolymorphismEmitter.EmitUnknownRecord(writer, spec, model, discriminator);
        }
    }

    /// <summary>The field of the presence set (the root of a hierarchy declares it, for its derived records too), and
    /// the backing fields of the properties it tracks. Names the spec cannot give a property: theirs begin with a
    /// capital letter or <c>_</c> and a digit.</summary>
    internal const string PresenceField = "_set";

    private static string BackingField(PropertyModel property) => "_" + property.Name;

    private static void EmitPresenceFields(SourceWriter writer, ApiSpec spec, ObjectModel model)
    {
        var declaresSet = model.BaseName is null && (TracksPresence(model) || (model.IsAbstract && spec.Objects.Any(derived => derived.BaseName == model.Name && TracksPresence(derived))));
        if (declaresSet)
        {
            writer.Line();
            writer.Line("// Which optional nullable properties were set or arrived, null too: those are written (so it is part of equality).");
            writer.Line($"internal {CSharp.Runtime}.ApiPresence {PresenceField};");
        }
        else if (model.Properties.Any(p => p.TracksPresence && !p.IsInherited))
        {
            writer.Line();
        }

        foreach (var property in model.Properties)
        {
            if (property.TracksPresence && !property.IsInherited)
            {
                writer.Line($"private {CSharp.TypeName(property.Type, spec.Namespace)} {BackingField(property)};");
            }
        }
    }

    /// <summary>Whether the record has an optional nullable property (its own or inherited).</summary>
    internal static bool TracksPresence(ObjectModel model) => model.Properties.Any(p => p.TracksPresence);

    private static bool HasUndescribed(ApiSpec spec)
    {
        foreach (var model in spec.Objects)
        {
            if (model.Description is null)
            {
                return true;
            }

            foreach (var property in model.Properties)
            {
                if (property.Description is null && !property.IsInherited)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The spec's default of an optional property, as a member beside it rather than its initializer: an absent
    /// property stays null, so that what the server sent is written back unchanged (and an absent one stays absent).
    /// </summary>
    private static void EmitDefault(SourceWriter writer, ApiSpec spec, PropertyModel property, string value, string defaultName)
    {
        writer.Line();
        writer.Line($"/// <summary>The spec's <c>default</c> of <see cref=\"{property.Name}\"/>: what the API assumes when the property is absent.");
        writer.Line($"/// Reading leaves an absent <see cref=\"{property.Name}\"/> null (and writing leaves it out), so a round trip changes nothing;");
        writer.Line($"/// use <c>{property.Name} ?? {defaultName}</c> for the effective value.</summary>");
        var type = CSharp.TypeName(property.Type.WithNullable(false), spec.Namespace);
        if (property.Type.Kind == TypeKind.Enum)
        {
            var member = SpecTypes.Of(spec).Enum(property.Type.Name)?.Members.FirstOrDefault(m => m.WireValue == value);
            var initializer = member is null ? $"new({CSharp.Literal(value)})" : $"{type}.{member.Name}";
            writer.Line($"public static {type} {defaultName} {{ get; }} = {initializer};");
            return;
        }

        var literal = property.Type.Kind switch
        {
            TypeKind.String => CSharp.Literal(value),
            TypeKind.Single => value + "f",
            TypeKind.Double => value.Contains('.') || value.Contains('E') ? value : value + "d",
            TypeKind.Decimal => value + "m",
            TypeKind.Int64 => value + "L",
            _ => value,
        };
        writer.Line($"public const {type} {defaultName} = {literal};");
    }

    /// <summary>
    /// Records print every property in <c>ToString()</c>; this replaces the compiler's printer so that sensitive values
    /// (codes, tokens, secrets) show as <c>[redacted]</c>, free-form JSON as its kind and absent undocumented properties
    /// not at all. One runtime call with the names and values: the compiler binds one argument per property, not two
    /// <c>StringBuilder.Append</c> overload resolutions.
    /// </summary>
    private static void EmitRedactingPrintMembers(SourceWriter writer, ObjectModel model)
    {
        writer.Line();
        if (model.BaseName is not null || model.IsAbstract)
        {
            writer.Line("/// <summary>Prints the members, sensitive values redacted and free-form JSON as its kind.</summary>");
            writer.Line("/// <param name=\"builder\">The text so far.</param>");
            writer.Line("/// <returns>Whether members were printed.</returns>");
        }

        // The base prints its own members first (evaluated before this record's values); this record's follow.
        var call = model.BaseName is null ? "Print(builder" : "PrintAfter(builder, base.PrintMembers(builder)";
        writer.Line($"{PrintMembersModifiers(model)} bool PrintMembers(global::System.Text.StringBuilder builder) => {Printer}.{call},");
        writer.Indent();
        // Each "name", value pair on a line of its own; the last one closes the call. (No tuples: a framework generic
        // over a struct costs the first generation a JIT.)
        string? pending = null;
        foreach (var property in model.Properties)
        {
            if (!property.IsInherited)
            {
                WritePending(writer, pending);
                pending = $"{CSharp.Literal(property.Name)}, {PrintedValue(property)}";
            }
        }

        if (model.KeepsUndocumented && !model.InheritsUndocumented)
        {
            // Only when some arrived, as their count (ApiUndocumentedProperties.ToString).
            WritePending(writer, pending);
            pending = $"{CSharp.Literal(model.UndocumentedPropertiesName)}, {Printer}.Optional({model.UndocumentedPropertiesName})";
        }

        writer.Line($"{pending});");
        writer.Outdent();
    }

    private const string Printer = CSharp.Runtime + ".ApiRecordPrinter";

    private static void WritePending(SourceWriter writer, string? pending)
    {
        if (pending is not null)
        {
            writer.Line($"{pending},");
        }
    }

    private static string PrintedValue(PropertyModel property) =>
        property.IsSensitive ? $"{Printer}.Redact({property.Name})"
        : property.Type.Kind == TypeKind.Any ? $"{Printer}.Json({property.Name})"
        : property.Name;

    /// <summary>A sealed record's printer is private, a base record's virtual, a derived record's an override.</summary>
    internal static string PrintMembersModifiers(ObjectModel model) =>
        model.BaseName is not null ? "protected override" : model.IsAbstract ? "protected virtual" : "private";
}
