using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>The statements that set a request's body, of every kind, and the docs of the parameters it brings.</summary>
internal static class BodyEmitter
{
    /// <summary>Sets the body of <c>request</c> from the method's parameters.</summary>
    public static void Emit(SourceWriter writer, ApiSpec spec, RequestBodyModel body, PairsEmitter pairs)
    {
        var mediaType = CSharp.Literal(body.MediaType);
        switch (body.Kind)
        {
            case BodyKind.Form:
                // Declared even when every field is null: the server still receives an empty form.
                writer.Line("request.SetFormBody();");
                foreach (var field in body.Fields)
                {
                    pairs.Emit(PairsEmitter.AddFormField, field.Type, field.Name, field.WireName, field.Style, field.Explode);
                }

                return;
            case BodyKind.Multipart:
                writer.Line("request.SetMultipartBody();");
                foreach (var field in body.Fields)
                {
                    EmitPart(writer, spec, field, pairs);
                }

                return;
        }

        // Not a format string: the media type is the spec's text, and may hold braces.
        string Set(string value) => body.Kind switch
        {
            BodyKind.Binary => $"request.SetStreamBody({value}, {mediaType});",
            BodyKind.Text => $"request.SetTextBody({value}, {mediaType});",
            _ when body.MediaType == "application/json" => $"request.SetJsonBody({value}, {CSharp.ConverterInstance(body.Type, spec)});",
            _ => $"request.SetJsonBody({value}, {CSharp.ConverterInstance(body.Type, spec)}, {mediaType});",
        };
        if (body.IsRequired)
        {
            writer.Line(Set(body.Name));
        }
        else
        {
            writer.Open($"if ({body.Name} is {{ }} present)");
            writer.Line(Set("present"));
            writer.Close();
        }
    }

    /// <summary>One multipart field: a file part per file, a text part per scalar (or list item), else a JSON part.</summary>
    private static void EmitPart(SourceWriter writer, ApiSpec spec, BodyFieldModel field, PairsEmitter pairs)
    {
        var wire = CSharp.Literal(field.WireName);
        if (field.File == 1)
        {
            writer.Line($"request.AddMultipartFile({wire}, {field.Name});");
        }
        else if (field.File == 2 || (field.Type.Kind == TypeKind.Array && !field.IsJsonPart))
        {
            writer.Open($"if ({field.Name} is not null)");
            writer.Open($"foreach (var item in {field.Name})");
            writer.Line(field.File == 2
                ? $"request.AddMultipartFile({wire}, item);"
                : $"request.AddMultipartText({wire}, {PairsEmitter.ScalarText(field.Type.Element!, "item", spec)});");
            writer.Close();
            writer.Close();
        }
        else if (field.IsJsonPart)
        {
            // The method's temporaries come from one counter: a name built from the field's could repeat one.
            var local = pairs.NextLocal();
            writer.Open($"if ({field.Name} is {{ }} {local})");
            writer.Line($"request.AddMultipartJson({wire}, {local}, {CSharp.ConverterInstance(field.Type.WithNullable(false), spec)});");
            writer.Close();
        }
        else
        {
            writer.Line($"request.AddMultipartText({wire}, {PairsEmitter.ScalarText(field.Type, field.Name, spec)});");
        }
    }

    /// <summary>The <c>param</c> docs of the body's required or optional parameters.</summary>
    public static void EmitDocs(SourceWriter writer, OperationModel operation, bool required)
    {
        if (operation.Body is not { } body)
        {
            return;
        }

        if (body.Kind is BodyKind.Form or BodyKind.Multipart)
        {
            foreach (var field in body.Fields.Where(f => f.IsRequired == required))
            {
                var where = body.Kind == BodyKind.Form ? "form field" : field.File > 0 ? "file part" : "part";
                writer.Doc("param", field.Description ?? $"The '{field.WireName}' {where}.", $" name=\"{field.Name.TrimStart('@')}\"");
            }
        }
        else if (body.IsRequired == required)
        {
            var what = body.Kind switch
            {
                BodyKind.Binary => $"The request body ({body.MediaType}), read from the current position; not disposed.",
                BodyKind.Text => $"The request body ({body.MediaType}).",
                _ => "The request body.",
            };
            writer.Doc("param", body.Description ?? (required ? what : what.TrimEnd('.') + ", or null to send none."), $" name=\"{body.Name}\"");
        }
    }
}
