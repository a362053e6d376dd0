using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// A test double for what MSBuild hands the compiler: global options (<c>build_property.*</c>) and per-file
/// options for AdditionalFiles (<c>build_metadata.AdditionalFiles.*</c>), keyed by file path. As with a real
/// global analyzer config, a file's options also see the global ones.
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly ImmutableDictionary<string, DictionaryOptions> _perFile;

    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string> globalOptions,
        IReadOnlyDictionary<string, ImmutableDictionary<string, string>> perFileOptions)
    {
        var global = globalOptions.ToImmutableDictionary(StringComparer.Ordinal);
        _global = new DictionaryOptions(global);
        _perFile = perFileOptions.ToImmutableDictionary(
            pair => pair.Key,
            pair => new DictionaryOptions(global.SetItems(pair.Value)),
            StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : _global;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
