using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>Emits the enums and their wire-value helpers: <c>&lt;Client&gt;.Enums.g.cs</c>.</summary>
internal static class EnumsEmitter
{
    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        foreach (var model in spec.Enums)
        {
            EmitEnum(writer, spec, model);
            EmitExtensions(writer, spec, model);
        }
    }

    private static void EmitEnum(SourceWriter writer, ApiSpec spec, EnumModel model)
    {
        writer.Doc("summary", model.Description ?? $"The {model.Name} values of {spec.Title}.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({CSharp.ConverterType(model.Name, spec)}))]");
        writer.Open($"{spec.Accessibility} enum {model.Name}");
        writer.Line("/// <summary>A value the spec does not list. Reading an undocumented value gives this instead of failing.</summary>");
        writer.Line($"{model.UnknownMemberName} = 0,");
        for (var i = 0; i < model.Members.Count; i++)
        {
            var member = model.Members[i];
            writer.Line();
            writer.Line($"/// <summary>The wire value <c>{CSharp.EscapeXml(member.WireValue)}</c>.</summary>");
            writer.Line($"{member.Name} = {i + 1},");
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitExtensions(SourceWriter writer, ApiSpec spec, EnumModel model)
    {
        var type = CSharp.Qualified(model.Name, spec.Namespace);
        writer.Line($"/// <summary>Wire values of <see cref=\"{type}\"/>.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} static class {model.Name}Extensions");

        writer.Line("/// <summary>The value as it is written on the wire.</summary>");
        writer.Line("/// <param name=\"value\">A listed value.</param>");
        writer.Line("/// <returns>The wire value, e.g. for a query parameter.</returns>");
        writer.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is <c>{model.UnknownMemberName}</c> or not a listed value.</exception>");
        writer.Open($"public static string ToWireValue(this {type} value)");
        writer.Open("switch (value)");
        foreach (var member in model.Members)
        {
            writer.Line($"case {type}.{member.Name}: return {CSharp.Literal(member.WireValue)};");
        }

        writer.Line($"default: throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharp.Literal(model.Name + " has no wire value for this member.")});");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>Reads a wire value; an unlisted value gives <c>false</c> and the unknown member.</summary>");
        writer.Line("/// <param name=\"wireValue\">The value as written on the wire (case-sensitive).</param>");
        writer.Line("/// <param name=\"value\">The member, or the unknown member when the value is not listed.</param>");
        writer.Line("/// <returns>Whether the value is listed in the spec.</returns>");
        writer.Open($"public static bool TryFromWireValue(string? wireValue, out {type} value)");
        writer.Open("switch (wireValue)");
        foreach (var member in model.Members)
        {
            writer.Line($"case {CSharp.Literal(member.WireValue)}: value = {type}.{member.Name}; return true;");
        }

        writer.Line($"default: value = {type}.{model.UnknownMemberName}; return false;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
    }
}
