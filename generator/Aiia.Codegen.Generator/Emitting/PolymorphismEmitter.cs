using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits what a discriminated base record adds: the <c>Unknown{Base}</c> fallback record (beside the records) and the
/// base's converter, which picks the derived record's converter by the discriminator value.
/// </summary>
internal static class PolymorphismEmitter
{
    /// <summary>The derived record for a discriminator value the spec does not list: it keeps the raw JSON.</summary>
    public static void EmitUnknownRecord(SourceWriter writer, ApiSpec spec, ObjectModel model, DiscriminatorModel discriminator)
    {
        var baseType = CSharp.Qualified(model.Name, spec.Namespace);
        var unknown = CSharp.Qualified(discriminator.UnknownName, spec.Namespace);
        var wire = CSharp.EscapeXml(discriminator.PropertyName);
        writer.Line($"/// <summary>A <see cref=\"{baseType}\"/> whose <c>{wire}</c> is not a value the spec lists (or is absent): the JSON object");
        const string Kept = "/// is kept as it arrived and written back unchanged, so reading never fails on a subtype added to the API later.";
        if (model.Properties.Count == 0)
        {
            writer.Line(Kept + "</summary>");
        }
        else
        {
            writer.Line(Kept);
            writer.Line("/// The base's members are read from it too, as from every subtype.</summary>");
        }

        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} sealed partial record {discriminator.UnknownName} : {baseType}");
        writer.Line($"/// <summary>The <c>{wire}</c> value as it arrived; null when it was absent or not a string.</summary>");
        writer.Line($"public string? {discriminator.UnknownValueName} {{ get; init; }}");
        writer.Line();
        writer.Line("/// <summary>The whole JSON object as it arrived; writing this record writes it unchanged.</summary>");
        writer.Line($"public required {CSharp.Json}.JsonElement {discriminator.UnknownJsonName} {{ get; init; }}");
        writer.Line();
        writer.Line("/// <summary>Equal when the base's members, the value and the JSON (structurally) are equal.</summary>");
        writer.Line("/// <param name=\"other\">The other record.</param>");
        writer.Line("/// <returns>Whether they are equal.</returns>");
        writer.Line($"public bool Equals({unknown}? other) =>");
        writer.Line($"    other is not null && base.Equals(({baseType})other) && {discriminator.UnknownValueName} == other.{discriminator.UnknownValueName}");
        writer.Line($"    && {CSharp.Runtime}.ApiComposition.JsonEquals({discriminator.UnknownJsonName}, other.{discriminator.UnknownJsonName});");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override int GetHashCode() => global::System.HashCode.Combine(base.GetHashCode(), {discriminator.UnknownValueName});");
        writer.Line();
        writer.Line("/// <summary>Prints the value and only the kind of the JSON, which may hold anything.</summary>");
        writer.Line("/// <param name=\"builder\">The text so far.</param>");
        writer.Line("/// <returns>True: members were printed.</returns>");
        writer.Open("protected override bool PrintMembers(global::System.Text.StringBuilder builder)");
        writer.Open("if (base.PrintMembers(builder))");
        writer.Line("builder.Append(\", \");");
        writer.Close();
        writer.Line();
        writer.Line($"builder.Append({CSharp.Literal(discriminator.UnknownValueName + " = ")});");
        writer.Line($"builder.Append({discriminator.UnknownValueName});");
        writer.Line($"builder.Append({CSharp.Literal(", " + discriminator.UnknownJsonName + " = [JSON ")}).Append({discriminator.UnknownJsonName}.ValueKind).Append(']');");
        writer.Line("return true;");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>The base's converter: reads the discriminator on a copy of the reader, then hands the reader on.</summary>
    public static void EmitBaseConverter(SourceWriter writer, ApiSpec spec, ObjectModel model, DiscriminatorModel discriminator)
    {
        var type = CSharp.Qualified(model.Name, spec.Namespace);
        var unknown = CSharp.Qualified(discriminator.UnknownName, spec.Namespace);
        JsonEmitter.ConverterHeader(writer, spec, spec.GeneratedNames.ConverterOf(model.Name), type, $"Reads and writes <see cref=\"{type}\"/> as the derived record its <c>{CSharp.EscapeXml(discriminator.PropertyName)}</c> names; any other value as <see cref=\"{unknown}\"/>.");
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override {type} Read({JsonEmitter.Reader}, global::System.Type typeToConvert, {JsonEmitter.Options})");
        writer.Line($"{JsonEmitter.ApiJson}.ExpectStartObject(ref reader);");
        writer.Line($"var discriminator = {CSharp.Runtime}.ApiComposition.FindString(reader, {CSharp.Utf8Literal(discriminator.PropertyName)});");
        writer.Open("switch (discriminator)");
        var values = new HashSet<string>();
        foreach (var @case in discriminator.Cases)
        {
            if (values.Add(@case.WireValue))
            {
                var derived = new TypeRef(TypeKind.Object, @case.TypeName);
                writer.Line($"case {CSharp.Literal(@case.WireValue)}:");
                writer.Line($"    return {JsonEmitter.ReadExpression(spec, derived)};");
            }
        }

        writer.Line("default:");
        writer.Line("    // A value the spec does not list: kept whole, so that writing it back sends it unchanged.");
        if (model.Properties.Count == 0)
        {
            writer.Line($"    return new {unknown} {{ {discriminator.UnknownValueName} = discriminator, {discriminator.UnknownJsonName} = {JsonEmitter.ApiJson}.ReadElement(ref reader) }};");
        }
        else
        {
            // The base's members are read from it too (on a copy of the reader), as every subtype has them.
            writer.Line("    var members = reader;");
            writer.Line($"    return {UnknownMembers}.Instance.Read(ref members, typeof({unknown}), options)");
            writer.Line($"        with {{ {discriminator.UnknownValueName} = discriminator, {discriminator.UnknownJsonName} = {JsonEmitter.ApiJson}.ReadElement(ref reader) }};");
        }

        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write({JsonEmitter.Writer}, {type} value, {JsonEmitter.Options})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Open("switch (value)");
        var types = new HashSet<string>();
        foreach (var @case in discriminator.Cases)
        {
            if (types.Add(@case.TypeName))
            {
                var derived = new TypeRef(TypeKind.Object, @case.TypeName);
                writer.Line($"case {CSharp.Qualified(@case.TypeName, spec.Namespace)} derived{types.Count}:");
                writer.Indent();
                JsonEmitter.EmitWriteValue(writer, spec, derived, $"derived{types.Count}");
                writer.Line("return;");
                writer.Outdent();
            }
        }

        writer.Line($"case {unknown} unknown:");
        writer.Line($"    unknown.{discriminator.UnknownJsonName}.WriteTo(writer);");
        writer.Line("    return;");
        writer.Line("default:");
        writer.Line($"    throw new {CSharp.Json}.JsonException({CSharp.Literal("A " + model.Name + " of a type the spec does not list cannot be written.")});");
        writer.Close();
        writer.Close();
        if (model.Properties.Count > 0)
        {
            writer.Line();
            EmitUnknownMembersReader(writer, spec, model, discriminator, unknown);
        }

        writer.Close();
        writer.Line();
    }

    // Nested in the base's converter, so the name is the converter's own and cannot meet one of the spec's.
    private const string UnknownMembers = "UnknownMembers";

    /// <summary>
    /// The reader of the base's members into <c>Unknown{Base}</c>, nested in the base's converter: unlisted properties
    /// are ignored (the base's converter keeps the whole object) and it never writes (the base's converter writes the
    /// kept object).
    /// </summary>
    private static void EmitUnknownMembersReader(SourceWriter writer, ApiSpec spec, ObjectModel model, DiscriminatorModel discriminator, string unknown)
    {
        writer.Line($"/// <summary>Reads the base's members of an object whose <c>{CSharp.EscapeXml(discriminator.PropertyName)}</c> the spec does not list.</summary>");
        writer.Open($"private sealed class {UnknownMembers} : {CSharp.Runtime}.ApiJsonObjectConverter<{unknown}>");
        writer.Line($"public static readonly {UnknownMembers} Instance = new();");
        writer.Line();
        var members = model with { Undocumented = UndocumentedPropertyHandling.Ignore };
        writer.Open($"public {UnknownMembers}() : base({JsonEmitter.PropertyTable(members)})");
        writer.Close();
        writer.Line();
        JsonEmitter.EmitReadProperties(writer, spec, members, unknown, $"{discriminator.UnknownJsonName} = default,");
        writer.Line();
        writer.Line($"protected override {CSharp.Runtime}.ApiUndocumentedProperties? WriteProperties({JsonEmitter.Writer}, {unknown} value, {JsonEmitter.Options}) =>");
        writer.Line($"    throw new global::System.NotSupportedException({CSharp.Literal("The base's converter writes the kept object of an unknown " + model.Name + ".")});");
        writer.Close();
    }
}
