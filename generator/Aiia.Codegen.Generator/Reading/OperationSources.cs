using System;
using System.Collections.Generic;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Where one operation's parameters and form fields sit in the YAML. The reader keeps only their wire facts in the
/// model; the naming pass gives them C# names (<c>Naming/ClientNaming.cs</c>), and each name it had to change, and each
/// placeholder it named, is reported at the line it comes from. (Classes, not tuples: a generic collection of a struct
/// is code the JIT compiles at the first generation, see <c>ReadParameters</c>.)
/// </summary>
internal sealed class OperationSources
{
    private readonly Dictionary<string, SourceSite> _sites = new(StringComparer.Ordinal);
    private Dictionary<string, SourceSite>? _nameSites;

    /// <summary>The placeholders no parameter describes, in path order (null when there are none).</summary>
    public List<PlaceholderSite>? Placeholders { get; private set; }

    /// <summary>Records where the parameter (by <see cref="Model.ParameterModel.Key"/>) or field (by
    /// <see cref="Model.BodyFieldModel.Key"/>) <paramref name="key"/> sits: a collision is reported there.</summary>
    public void Add(string key, SpecNode node, string path) => _sites[key] = new SourceSite(node, path);

    /// <summary>Records the <c>name</c> of a parameter whose name has no letter or digit, and its path: reported there.</summary>
    public void AddNameless(string key, SpecNode node, string path) => (_nameSites ??= new(StringComparer.Ordinal))[key] = new SourceSite(node, path);

    /// <summary>Records a placeholder no parameter describes.</summary>
    public void AddPlaceholder(SpecNode pathKey, string placeholder, string path) => (Placeholders ??= new()).Add(new PlaceholderSite(pathKey, placeholder, path));

    /// <summary>Where a renamed parameter or field is reported, or null.</summary>
    public SourceSite? Site(string key, bool nameless) =>
        (nameless ? _nameSites : _sites) is { } sites && sites.TryGetValue(key, out var site) ? site : null;
}

/// <summary>A node and the spec path a report about it names.</summary>
internal sealed record SourceSite(SpecNode Node, string Path);

/// <summary>A path placeholder no parameter describes: the path's key, the placeholder, the operation's path.</summary>
internal sealed record PlaceholderSite(SpecNode PathKey, string Placeholder, string Path);
