using System;
using System.Collections.Generic;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Where one operation's parameters and form fields sit in the YAML. The reader keeps only their wire facts in the
/// model; the naming pass gives them C# names (<c>Naming/ClientNaming.cs</c>), and each name it had to change, and each
/// placeholder it named, is reported here, at the line it comes from.
/// </summary>
internal sealed class OperationSources
{
    /// <summary>Each parameter (by <see cref="Model.ParameterModel.Key"/>) and field (by <see cref="Model.BodyFieldModel.Key"/>): its
    /// entry (the <c>$ref</c> or <c>name</c>) and the path a collision is reported at.</summary>
    public Dictionary<string, (SpecNode Node, string Path)> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Each parameter's <c>name</c> node and the parameter's own path (where a name without letters is reported).</summary>
    public Dictionary<string, (SpecNode Node, string Path)> NameNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The path placeholders no parameter describes: the path's key, the placeholder, the operation's path.</summary>
    public List<(SpecNode PathKey, string Placeholder, string Path)> Placeholders { get; } = new();
}
