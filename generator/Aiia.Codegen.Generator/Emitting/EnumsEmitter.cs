using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits the enums: <c>&lt;Client&gt;.Enums.g.cs</c>. Each string enum is a <c>readonly struct</c> holding its wire
/// value, so a value the spec does not list reads, prints, compares and writes back as itself; its companion C# enum
/// (<c>…Kind</c>) names the documented values for <c>switch</c>, patterns and constants.
/// </summary>
internal static class EnumsEmitter
{
    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        foreach (var model in spec.Enums)
        {
            EmitStruct(writer, spec, model);
            EmitKind(writer, spec, model);
        }
    }

    private static void EmitStruct(SourceWriter writer, ApiSpec spec, EnumModel model)
    {
        var type = CSharp.Qualified(model.Name, spec.Namespace);
        var kind = CSharp.Qualified(model.KindName, spec.Namespace);
        writer.Doc("summary", model.Description ?? $"The {model.Name} values of {spec.Title}.");
        writer.Line("/// <remarks>Holds the wire value: one the spec does not list reads, prints, compares and writes back as itself,");
        writer.Line($"/// with <see cref=\"{type}.Kind\"/> <c>{model.KindName}.{model.UnknownMemberName}</c>. Switch on <c>Kind</c> for the documented values.</remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        CSharp.ObsoleteSchema(writer, model.IsDeprecated, model.Source, model.Name);
        writer.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({CSharp.ConverterType(model.Name, spec)}))]");
        // A record struct: the compiler synthesizes the value equality (ordinal on the wire value; the Kind follows from
        // it), hashing and the == / != operators, with nothing to parse or bind per enum and no docs to write for them.
        writer.Open($"{spec.Accessibility} readonly partial record struct {model.Name}");
        writer.Line("private readonly string? _wireValue;");
        writer.Line();
        writer.Open($"private {model.Name}({kind} kind, string wireValue)");
        writer.Line("Kind = kind;");
        writer.Line("_wireValue = wireValue;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>A value by its wire value; a documented one gets its <see cref=\"Kind\"/>, any other is kept as it is.</summary>");
        writer.Line("/// <param name=\"wireValue\">The value as written on the wire (case-sensitive).</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"wireValue\"/> is null.</exception>");
        writer.Open($"public {model.Name}(string wireValue)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(wireValue);");
        writer.Line("this = wireValue switch");
        writer.Line("{");
        writer.Indent();
        foreach (var member in model.Members)
        {
            writer.Line($"{CSharp.Literal(member.WireValue)} => {member.Name},");
        }

        writer.Line($"_ => new({kind}.{model.UnknownMemberName}, wireValue),");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
        foreach (var member in model.Members)
        {
            writer.Line();
            MemberDoc(writer, member);
            writer.Line($"public static {type} {member.Name} {{ get; }} = new({kind}.{member.Name}, {CSharp.Literal(member.WireValue)});");
        }

        writer.Line();
        writer.Line($"/// <summary>Which documented value this is: <c>{model.KindName}.{model.UnknownMemberName}</c> for one the spec does not list (and for <c>default</c>).</summary>");
        writer.Line($"public {kind} Kind {{ get; }}");
        writer.Line();
        writer.Line("/// <summary>The value as it is written on the wire, e.g. for a query parameter.</summary>");
        writer.Line("/// <returns>The wire value, documented or not.</returns>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">The value is <c>default</c>, which has no wire value.</exception>");
        writer.Line($"public string ToWireValue() => _wireValue ?? throw new global::System.InvalidOperationException({CSharp.Literal("default(" + model.Name + ") has no wire value.")});");
        writer.Line();
        writer.Line("/// <summary>The wire value (empty for <c>default</c>).</summary>");
        writer.Line("/// <returns>The wire value.</returns>");
        writer.Line("public override string ToString() => _wireValue ?? string.Empty;");
        writer.Close();
        writer.Line();
    }

    private static void EmitKind(SourceWriter writer, ApiSpec spec, EnumModel model)
    {
        var type = CSharp.Qualified(model.Name, spec.Namespace);
        writer.Line($"/// <summary>The documented values of <see cref=\"{type}\"/>, for <c>switch</c> and patterns on its <c>Kind</c>.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        CSharp.ObsoleteSchema(writer, model.IsDeprecated, model.Source, model.Name); // a switch on it names the schema too
        writer.Open($"{spec.Accessibility} enum {model.KindName}");
        writer.Line($"/// <summary>A value the spec does not list (the <see cref=\"{type}\"/> keeps its wire value), or <c>default</c>.</summary>");
        writer.Line($"{model.UnknownMemberName} = 0,");

        // Numbered by wire value, not position: adding or reordering values never renumbers a compiled constant.
        var numbers = EnumKindValues.Of(model);
        foreach (var member in model.Members)
        {
            writer.Line();
            MemberDoc(writer, member);
            writer.Line($"{member.Name} = {numbers[member.WireValue].ToString(System.Globalization.CultureInfo.InvariantCulture)},");
        }

        writer.Close();
        writer.Line();
    }

    /// <summary>A value's documentation: what the spec says it means, if it says, and its wire value.</summary>
    private static void MemberDoc(SourceWriter writer, EnumMemberModel member)
    {
        var wire = $"The wire value <c>{CSharp.EscapeXml(member.WireValue)}</c>.";
        if (member.Description is null)
        {
            writer.Line($"/// <summary>{wire}</summary>");
            return;
        }

        writer.Doc("summary", member.Description);
        writer.Line($"/// <remarks>{wire}</remarks>");
    }
}
