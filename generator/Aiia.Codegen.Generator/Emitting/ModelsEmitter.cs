using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>Emits the records: <c>&lt;Client&gt;.Models.g.cs</c>.</summary>
internal static class ModelsEmitter
{
    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        foreach (var model in spec.Objects)
        {
            EmitRecord(writer, spec, model);
        }
    }

    private static void EmitRecord(SourceWriter writer, ApiSpec spec, ObjectModel model)
    {
        writer.Doc("summary", model.Description ?? $"The {model.Name} schema of {spec.Title}.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        if (model.IsDeprecated)
        {
            writer.Line($"[global::System.Obsolete({CSharp.Literal($"The schema {model.Source?.ComponentName ?? model.Name} is deprecated in the spec.")})]");
        }

        writer.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({CSharp.ConverterType(model.Name, spec)}))]");
        var declaration = model.IsAbstract ? "abstract" : "sealed";
        var baseList = model.BaseName is { } baseName ? " : " + CSharp.Qualified(baseName, spec.Namespace) : string.Empty;
        writer.Open($"{spec.Accessibility} {declaration} partial record {model.Name}{baseList}");
        var first = true;
        foreach (var property in model.Properties)
        {
            if (property.IsInherited)
            {
                continue; // The base record declares it.
            }

            if (!first)
            {
                writer.Line();
            }

            first = false;
            if (property.Description is null)
            {
                writer.Line($"/// <summary>The <c>{CSharp.EscapeXml(property.WireName)}</c> property.</summary>");
            }
            else
            {
                writer.Doc("summary", property.Description);
            }

            if (property.IsDeprecated)
            {
                writer.Line($"[global::System.Obsolete({CSharp.Literal($"The property {property.WireName} is deprecated in the spec.")})]");
            }

            writer.Line($"[{CSharp.Json}.Serialization.JsonPropertyName({CSharp.Literal(property.WireName)})]");
            var required = property.IsRequired && !property.Type.IsNullable ? "required " : string.Empty;
            writer.Line($"public {required}{CSharp.TypeName(property.Type, spec.Namespace)} {property.Name} {{ get; init; }}");
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

            writer.Line("/// <summary>The JSON properties the schema does not list, in the order they arrived, written back after the listed ones;");
            writer.Line("/// null when there were none. Part of equality; <c>ToString()</c> shows only their count.</summary>");
            writer.Line($"public {CSharp.Runtime}.ApiUndocumentedProperties? {model.UndocumentedPropertiesName} {{ get; init; }}");
        }

        if (model.NeedsRedactingPrinter)
        {
            EmitRedactingPrintMembers(writer, model);
        }

        writer.Close();
        writer.Line();
        if (model.Discriminator is { } discriminator)
        {
            PolymorphismEmitter.EmitUnknownRecord(writer, spec, model, discriminator);
        }
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
            var member = spec.Enums.FirstOrDefault(e => e.Name == property.Type.Name)?.Members.FirstOrDefault(m => m.WireValue == value);
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
    /// Records print every property in <c>ToString()</c>; this replaces the compiler's printer so that
    /// sensitive values (codes, tokens, secrets) show as <c>[redacted]</c> and free-form JSON as its kind.
    /// </summary>
    private static void EmitRedactingPrintMembers(SourceWriter writer, ObjectModel model)
    {
        writer.Line();
        var properties = model.Properties.Where(p => !p.IsInherited).ToList();
        if (model.BaseName is not null || model.IsAbstract)
        {
            writer.Line("/// <summary>Prints the members, sensitive values redacted and free-form JSON as its kind.</summary>");
            writer.Line("/// <param name=\"builder\">The text so far.</param>");
            writer.Line("/// <returns>Whether members were printed.</returns>");
        }

        writer.Open($"{PrintMembersModifiers(model)} bool PrintMembers(global::System.Text.StringBuilder builder)");
        if (model.BaseName is not null)
        {
            // The base prints its own members first; this record's follow.
            writer.Line("var printed = base.PrintMembers(builder);");
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var separator = i == 0 ? string.Empty : ", ";
            if (i == 0 && model.BaseName is not null)
            {
                writer.Line("builder.Append(printed ? \", \" : \"\");");
            }

            writer.Line($"builder.Append({CSharp.Literal(separator + property.Name + " = ")});");
            if (property.IsSensitive)
            {
                writer.Line(property.Type.IsNullable
                    ? $"builder.Append({property.Name} is null ? \"null\" : \"[redacted]\");"
                    : "builder.Append(\"[redacted]\");");
            }
            else if (property.Type.Kind == TypeKind.Any)
            {
                writer.Line(property.Type.IsNullable
                    ? $"builder.Append({property.Name} is {{ }} {Identifiers.ToCamelCase(property.Name)}Json ? \"[JSON \" + {Identifiers.ToCamelCase(property.Name)}Json.ValueKind + \"]\" : \"null\");"
                    : $"builder.Append(\"[JSON \" + {property.Name}.ValueKind + \"]\");");
            }
            else
            {
                writer.Line($"builder.Append((object?){property.Name});");
            }
        }

        if (model.KeepsUndocumented && !model.InheritsUndocumented)
        {
            // The kept properties print as their count only (ApiUndocumentedProperties.ToString), and only when some arrived.
            var separator = properties.Count == 0 ? string.Empty : ", ";
            writer.Open($"if ({model.UndocumentedPropertiesName} is {{ }} undocumented)");
            writer.Line($"builder.Append({CSharp.Literal(separator + model.UndocumentedPropertiesName + " = ")});");
            writer.Line("builder.Append(undocumented);");
            writer.Close();
        }

        writer.Line("return true;");
        writer.Close();
    }

    /// <summary>A sealed record's printer is private, a base record's virtual, a derived record's an override.</summary>
    internal static string PrintMembersModifiers(ObjectModel model) =>
        model.BaseName is not null ? "protected override" : model.IsAbstract ? "protected virtual" : "private";
}
