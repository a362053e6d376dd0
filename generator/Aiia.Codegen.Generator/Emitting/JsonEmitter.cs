using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits reflection-free JSON code: a <c>JsonConverter&lt;T&gt;</c> per record and enum reading with
/// <c>Utf8JsonReader</c> and writing with <c>Utf8JsonWriter</c>, list and map helpers, and converters for
/// bodies that are not records: <c>&lt;Client&gt;.Json.g.cs</c>.
/// </summary>
internal static class JsonEmitter
{
    internal const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    internal const string Options = "global::System.Text.Json.JsonSerializerOptions options";
    internal const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";
    internal const string TokenType = "global::System.Text.Json.JsonTokenType";
    internal const string ApiJson = CSharp.Runtime + ".ApiJson";

    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        foreach (var model in spec.Objects)
        {
            EmitObjectConverter(writer, spec, model);
        }

        foreach (var model in spec.Enums)
        {
            EmitEnumConverter(writer, spec, model);
        }

        foreach (var model in spec.Unions)
        {
            UnionEmitter.EmitConverter(writer, spec, model);
        }

        var collections = CollectCollections(spec);
        if (collections.Count > 0)
        {
            EmitCollections(writer, spec, collections);
        }

        foreach (var shape in spec.GeneratedNames.ShapeConverters)
        {
            EmitShapeConverter(writer, spec, shape);
        }
    }

    private static void EmitObjectConverter(SourceWriter writer, ApiSpec spec, ObjectModel model)
    {
        if (model.Discriminator is { } discriminator)
        {
            PolymorphismEmitter.EmitBaseConverter(writer, spec, model, discriminator);
            return;
        }

        var type = CSharp.Qualified(model.Name, spec.Namespace);
        var converter = spec.GeneratedNames.ConverterOf(model.Name);
        ConverterHeader(writer, spec, converter, type, $"Reads and writes <see cref=\"{type}\"/> without reflection.");

        for (var i = 0; i < model.Properties.Count; i++)
        {
            writer.Line($"private static readonly {CSharp.Json}.JsonEncodedText PropertyName{i} = {CSharp.Json}.JsonEncodedText.Encode({CSharp.Literal(model.Properties[i].WireName)});");
        }

        if (model.Properties.Count > 0)
        {
            writer.Line();
        }

        writer.Line("/// <inheritdoc />");
        writer.Open($"public override {type} Read({Reader}, global::System.Type typeToConvert, {Options})");
        writer.Line($"{ApiJson}.ExpectStartObject(ref reader);");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            writer.Line($"{CSharp.TypeNameCore(property.Type, spec.Namespace)}{(property.Type.IsValueType && !property.Type.IsNullable ? string.Empty : "?")} value{i} = default;");
            if (MustBePresent(property))
            {
                writer.Line($"bool has{i} = false;");
            }
        }

        if (model.KeepsUndocumented)
        {
            writer.Line($"{CSharp.Runtime}.ApiUndocumentedProperties? undocumented = null;");
        }

        writer.Line("string? property = null;");
        OpenReadLoop(writer, "EndObject");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            writer.Open($"{(i == 0 ? string.Empty : "else ")}if (reader.ValueTextEquals({CSharp.Utf8Literal(property.WireName)}))");
            writer.Line($"property = {CSharp.Literal(property.WireName)};");
            writer.Line("reader.Read();");
            EmitReadValue(writer, spec, property.Type, $"value{i}");
            if (MustBePresent(property))
            {
                writer.Line($"has{i} = true;");
            }

            writer.Close();
        }

        writer.Open(model.Properties.Count == 0 ? "if (reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)" : "else");
        EmitUndocumentedProperty(writer, model.Undocumented);
        writer.Close();
        writer.Line();
        writer.Line("property = null;");
        writer.Close();
        writer.Close();
        writer.Open($"catch ({CSharp.Json}.JsonException exception) when (property is not null)");
        writer.Line($"throw {ApiJson}.AtProperty(exception, property);");
        writer.Close();
        writer.Line();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            if (MustBePresent(model.Properties[i]))
            {
                writer.Open($"if (!has{i})");
                writer.Line($"throw {ApiJson}.MissingProperty({CSharp.Literal(model.Properties[i].WireName)});");
                writer.Close();
                writer.Line();
            }
        }

        writer.Line($"return new {type}");
        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var bang = MustBePresent(property) && !property.Type.IsValueType ? "!" : string.Empty;
            writer.Line($"{property.Name} = value{i}{bang},");
        }

        if (model.KeepsUndocumented)
        {
            writer.Line($"{model.UndocumentedPropertiesName} = undocumented,");
        }

        writer.Outdent();
        writer.Line("};");
        writer.Close();
        writer.Line();

        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write({Writer}, {type} value, {Options})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            if (!property.Type.IsNullable)
            {
                writer.Line($"writer.WritePropertyName(PropertyName{i});");
                EmitWriteValue(writer, spec, property.Type, $"value.{property.Name}");
            }
            else if (property.IsRequired)
            {
                // Required but nullable: the property is always written, as null when there is no value.
                writer.Line($"writer.WritePropertyName(PropertyName{i});");
                writer.Open($"if (value.{property.Name} is {{ }} item{i})");
                EmitWriteValue(writer, spec, property.Type.WithNullable(false), $"item{i}");
                writer.Close();
                writer.Open("else");
                writer.Line("writer.WriteNullValue();");
                writer.Close();
            }
            else
            {
                // Optional: a null value is left out, as the spec does not list null as a value.
                writer.Open($"if (value.{property.Name} is {{ }} item{i})");
                writer.Line($"writer.WritePropertyName(PropertyName{i});");
                EmitWriteValue(writer, spec, property.Type.WithNullable(false), $"item{i}");
                writer.Close();
            }
        }

        if (model.KeepsUndocumented)
        {
            writer.Line($"value.{model.UndocumentedPropertiesName}?.WriteTo(writer);");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>Reads a property the schema does not list (the reader is on its name) as the model says.</summary>
    private static void EmitUndocumentedProperty(SourceWriter writer, UndocumentedPropertyHandling handling)
    {
        switch (handling)
        {
            case UndocumentedPropertyHandling.Keep:
                writer.Line("// A property the spec does not list is kept, so that writing the object back sends it unchanged.");
                writer.Line("property = reader.GetString()!;");
                writer.Line("reader.Read();");
                writer.Line($"{CSharp.Runtime}.ApiUndocumentedProperties.Keep(ref undocumented, property, ref reader);");
                break;
            case UndocumentedPropertyHandling.Error:
                writer.Line("// The schema allows no property it does not list (x-aiia-undocumented-properties: error).");
                writer.Line("property = reader.GetString()!;");
                writer.Line($"throw {ApiJson}.UndocumentedProperty();");
                break;
            default:
                writer.Line("// A property the spec does not list is skipped (additionalProperties: false, or the spec's choice).");
                writer.Line("reader.Read();");
                writer.Line("reader.Skip();");
                break;
        }
    }

    /// <summary>Opens <c>try { while (reader.Read()) { if (end) break;</c>: the loop over an object's or array's members.</summary>
    private static void OpenReadLoop(SourceWriter writer, string endToken)
    {
        writer.Open("try");
        writer.Open("while (reader.Read())");
        writer.Open($"if (reader.TokenType == {TokenType}.{endToken})");
        writer.Line("break;");
        writer.Close();
        writer.Line();
    }

    private static bool MustBePresent(PropertyModel property) => property.IsRequired && !property.Type.IsNullable;

    private static void EmitEnumConverter(SourceWriter writer, ApiSpec spec, EnumModel model)
    {
        var type = CSharp.Qualified(model.Name, spec.Namespace);
        ConverterHeader(writer, spec, spec.GeneratedNames.ConverterOf(model.Name), type, $"Reads and writes <see cref=\"{type}\"/> by wire value; an unlisted value is kept as it is.");
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override {type} Read({Reader}, global::System.Type typeToConvert, {Options})");
        writer.Open($"if (reader.TokenType != {TokenType}.String)");
        writer.Line($"throw {ApiJson}.UnexpectedToken(\"a string\", reader.TokenType);");
        writer.Close();
        writer.Line();
        foreach (var member in model.Members)
        {
            writer.Open($"if (reader.ValueTextEquals({CSharp.Utf8Literal(member.WireValue)}))");
            writer.Line($"return {type}.{member.Name};");
            writer.Close();
            writer.Line();
        }

        writer.Line("// A value the spec does not list: kept, so that writing the object back sends it unchanged.");
        writer.Line($"return new {type}({ApiJson}.ReadString(ref reader));");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write({Writer}, {type} value, {Options})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Open("if (value == default)");
        writer.Line($"throw new {CSharp.Json}.JsonException({CSharp.Literal("default(" + model.Name + ") has no wire value and cannot be written.")});");
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteStringValue(value.ToWireValue());");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    internal static void ConverterHeader(SourceWriter writer, ApiSpec spec, string converter, string type, string summaryXml)
    {
        writer.Line($"/// <summary>{summaryXml}</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} sealed class {converter} : {CSharp.Json}.Serialization.JsonConverter<{type}>");
        writer.Line("/// <summary>The shared instance; converters hold no state.</summary>");
        writer.Line($"public static readonly {CSharp.Qualified(converter, spec.Namespace)} Instance = new();");
        writer.Line();
    }

    /// <summary>Reads the current value into <paramref name="target"/>, handling null.</summary>
    private static void EmitReadValue(SourceWriter writer, ApiSpec spec, TypeRef type, string target)
    {
        if (type.IsNullable)
        {
            writer.Line($"{target} = reader.TokenType == {TokenType}.Null ? null : {ReadExpression(spec, type)};");
            return;
        }

        writer.Open($"if (reader.TokenType == {TokenType}.Null)");
        writer.Line($"throw {ApiJson}.NullNotAllowed();");
        writer.Close();
        writer.Line();
        writer.Line($"{target} = {ReadExpression(spec, type)};");
    }

    /// <summary>The expression reading a non-null <paramref name="type"/> from the reader variable named <paramref name="reader"/>.</summary>
    internal static string ReadExpression(ApiSpec spec, TypeRef type, string reader = "reader") => type.Kind switch
    {
        TypeKind.String => $"{ApiJson}.ReadString(ref {reader})",
        TypeKind.Int32 => $"{ApiJson}.ReadInt32(ref {reader})",
        TypeKind.Int64 => $"{ApiJson}.ReadInt64(ref {reader})",
        TypeKind.Single => $"{ApiJson}.ReadSingle(ref {reader})",
        TypeKind.Double => $"{ApiJson}.ReadDouble(ref {reader})",
        TypeKind.Decimal => $"{ApiJson}.ReadDecimal(ref {reader})",
        TypeKind.Boolean => $"{ApiJson}.ReadBoolean(ref {reader})",
        TypeKind.DateTimeOffset => $"{ApiJson}.ReadDateTimeOffset(ref {reader})",
        TypeKind.Date => $"{ApiJson}.ReadDate(ref {reader})",
        TypeKind.Guid => $"{ApiJson}.ReadGuid(ref {reader})",
        TypeKind.Any => $"{ApiJson}.ReadElement(ref {reader})",
        TypeKind.Object or TypeKind.Enum =>
            $"{CSharp.ConverterInstance(type, spec)}.Read(ref {reader}, typeof({CSharp.Qualified(type.Name!, spec.Namespace)}), options)",
        _ => $"{CSharp.CollectionsClass(spec)}.Read{type.ShapeName}(ref {reader}, options)",
    };

    /// <summary>Writes a non-null value.</summary>
    internal static void EmitWriteValue(SourceWriter writer, ApiSpec spec, TypeRef type, string value)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
            case TypeKind.DateTimeOffset:
            case TypeKind.Guid:
                writer.Line($"writer.WriteStringValue({value});");
                break;
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Single:
            case TypeKind.Double:
            case TypeKind.Decimal:
                writer.Line($"writer.WriteNumberValue({value});");
                break;
            case TypeKind.Boolean:
                writer.Line($"writer.WriteBooleanValue({value});");
                break;
            case TypeKind.Date:
                writer.Line($"{ApiJson}.WriteDate(writer, {value});");
                break;
            case TypeKind.Any:
                writer.Line($"{value}.WriteTo(writer);");
                break;
            case TypeKind.Object:
            case TypeKind.Enum:
                writer.Line($"{CSharp.ConverterInstance(type, spec)}.Write(writer, {value}, options);");
                break;
            default:
                writer.Line($"{CSharp.CollectionsClass(spec)}.Write{type.ShapeName}(writer, {value}, options);");
                break;
        }
    }

    /// <summary>Every list and map shape the spec uses, inner shapes first, each once.</summary>
    private static List<TypeRef> CollectCollections(ApiSpec spec)
    {
        var result = new List<TypeRef>();
        var seen = new HashSet<string>();
        void Visit(TypeRef? type)
        {
            if (type is null || !type.IsCollection)
            {
                return;
            }

            Visit(type.Element);
            var shape = type.WithNullable(false);
            if (seen.Add(shape.ShapeName))
            {
                result.Add(shape);
            }
        }

        foreach (var model in spec.Objects)
        {
            foreach (var property in model.Properties)
            {
                Visit(property.Type);
            }
        }

        foreach (var model in spec.Unions)
        {
            foreach (var alternative in model.Alternatives)
            {
                Visit(alternative.Type);
            }
        }

        foreach (var operation in spec.Operations)
        {
            Visit(operation.Body?.Type);
            Visit(operation.Response);
        }

        return result;
    }

    private static void EmitCollections(SourceWriter writer, ApiSpec spec, List<TypeRef> collections)
    {
        writer.Line("/// <summary>Reads and writes the lists and maps of the spec's schemas.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"internal static class {spec.GeneratedNames.JsonCollections}");
        var first = true;
        foreach (var type in collections)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var typeName = CSharp.TypeName(type, spec.Namespace);
            var element = type.Element!;
            var elementName = CSharp.TypeName(element, spec.Namespace);
            if (type.Kind == TypeKind.Array)
            {
                writer.Open($"public static {typeName} Read{type.ShapeName}({Reader}, {Options})");
                writer.Line($"{ApiJson}.ExpectStartArray(ref reader);");
                writer.Line($"var list = new global::System.Collections.Generic.List<{elementName}>();");
                OpenReadLoop(writer, "EndArray");
                writer.Line($"{elementName} item;");
                EmitReadValue(writer, spec, element, "item");
                writer.Line("list.Add(item);");
                writer.Close();
                writer.Close();
                writer.Open($"catch ({CSharp.Json}.JsonException exception)");
                writer.Line($"throw {ApiJson}.AtIndex(exception, list.Count);");
                writer.Close();
                writer.Line();
                writer.Line("return list;");
                writer.Close();
                writer.Line();
                writer.Open($"public static void Write{type.ShapeName}({Writer}, {typeName} value, {Options})");
                writer.Line("writer.WriteStartArray();");
                writer.Open("foreach (var item in value)");
                EmitWriteNullable(writer, spec, element, "item");
                writer.Close();
                writer.Line("writer.WriteEndArray();");
                writer.Close();
            }
            else
            {
                writer.Open($"public static {typeName} Read{type.ShapeName}({Reader}, {Options})");
                writer.Line($"{ApiJson}.ExpectStartObject(ref reader);");
                writer.Line($"var map = new global::System.Collections.Generic.Dictionary<string, {elementName}>(global::System.StringComparer.Ordinal);");
                writer.Line("string? key = null;");
                OpenReadLoop(writer, "EndObject");
                writer.Line("key = reader.GetString()!;");
                writer.Line("reader.Read();");
                writer.Line($"{elementName} item;");
                EmitReadValue(writer, spec, element, "item");
                writer.Line("map[key] = item;");
                writer.Line("key = null;");
                writer.Close();
                writer.Close();
                writer.Open($"catch ({CSharp.Json}.JsonException exception) when (key is not null)");
                writer.Line($"throw {ApiJson}.AtProperty(exception, key);");
                writer.Close();
                writer.Line();
                writer.Line("return map;");
                writer.Close();
                writer.Line();
                writer.Open($"public static void Write{type.ShapeName}({Writer}, {typeName} value, {Options})");
                writer.Line("writer.WriteStartObject();");
                writer.Open("foreach (var pair in value)");
                writer.Line("writer.WritePropertyName(pair.Key);");
                EmitWriteNullable(writer, spec, element, "pair.Value");
                writer.Close();
                writer.Line("writer.WriteEndObject();");
                writer.Close();
            }
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitWriteNullable(SourceWriter writer, ApiSpec spec, TypeRef type, string value)
    {
        if (!type.IsNullable)
        {
            EmitWriteValue(writer, spec, type, value);
            return;
        }

        writer.Open($"if ({value} is {{ }} present)");
        EmitWriteValue(writer, spec, type.WithNullable(false), "present");
        writer.Close();
        writer.Open("else");
        writer.Line("writer.WriteNullValue();");
        writer.Close();
    }

    private static void EmitShapeConverter(SourceWriter writer, ApiSpec spec, ShapeConverterName shape)
    {
        var type = shape.Type;
        var typeName = CSharp.TypeName(type, spec.Namespace);
        var converter = shape.ConverterName;
        writer.Line($"/// <summary>Reads and writes a <c>{CSharp.EscapeXml(type.ShapeName)}</c> body without reflection.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"internal sealed class {converter} : {CSharp.Json}.Serialization.JsonConverter<{typeName}>");
        writer.Line($"public static readonly {CSharp.Qualified(converter, spec.Namespace)} Instance = new();");
        writer.Line();
        writer.Open($"public override {typeName} Read({Reader}, global::System.Type typeToConvert, {Options})");
        writer.Open($"if (reader.TokenType == {TokenType}.Null)");
        writer.Line($"throw {ApiJson}.NullNotAllowed();");
        writer.Close();
        writer.Line();
        writer.Line($"return {ReadExpression(spec, type)};");
        writer.Close();
        writer.Line();
        writer.Open($"public override void Write({Writer}, {typeName} value, {Options})");
        EmitWriteValue(writer, spec, type, "value");
        writer.Close();
        writer.Close();
        writer.Line();
    }
}
