using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs a spec whose expected diagnostic span is marked <c>[|like this|]</c> and checks the diagnostic the way a
/// maintainer meets it: its ID and severity, its exact span and line/column range in the spec file (what
/// <c>dotnet build</c> prints as <c>file.openapi.yaml(42,17)</c>), the spec path in its message, and that an
/// error stops generation for that spec.
/// </summary>
internal static class DiagnosticAssert
{
    public const string FileName = "test.openapi.yaml";

    /// <summary>Removes the one <c>[|...|]</c> marker; returns the clean text and the marked span.</summary>
    public static (string Text, TextSpan Span) Parse(string marked)
    {
        marked = marked.Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The spec must mark the expected span as [|...|].");
        var text = marked.Remove(end, 2).Remove(start, 2);
        return (text, TextSpan.FromBounds(start, end - 2));
    }

    /// <summary>The single diagnostic <paramref name="id"/> of a marked spec, checked; returns it with the run.</summary>
    public static (Diagnostic Diagnostic, GeneratorRun Run) Single(
        string markedSpec,
        string id,
        DiagnosticSeverity severity,
        string specPath,
        Func<SpecFile, SpecFile>? configure = null)
    {
        var (text, span) = Parse(markedSpec);
        var spec = SpecFile.FromText(FileName, text);
        spec = configure?.Invoke(spec) ?? spec;
        var run = GeneratorHarness.Run([spec]);
        var matching = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{GeneratorHarness.Describe(run.GeneratorDiagnostics)}");
        var diagnostic = matching[0];
        AssertLocated(diagnostic, spec, span, severity, specPath);
        if (severity == DiagnosticSeverity.Error)
        {
            Assert.Empty(run.Sources);
        }
        else
        {
            Assert.NotEmpty(run.Sources);
            var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
            Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        }

        return (diagnostic, run);
    }

    public static void AssertLocated(Diagnostic diagnostic, SpecFile spec, TextSpan span, DiagnosticSeverity severity, string specPath)
    {
        var text = SourceText.From(spec.Text);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.False(diagnostic.Location.IsInSource);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(spec.Path, lineSpan.Path);
        Assert.True(
            span == diagnostic.Location.SourceSpan,
            $"Expected the span [{text.ToString(span)}] at {text.Lines.GetLinePositionSpan(span)}, got [{text.ToString(diagnostic.Location.SourceSpan)}] at {lineSpan.Span}: {diagnostic}");
        Assert.Equal(text.Lines.GetLinePositionSpan(span), lineSpan.Span);

        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(specPath, message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticDescriptorsHelp(diagnostic.Id), diagnostic.Descriptor.HelpLinkUri);

        // What `dotnet build` prints: path(line,column): error AIIA0003: message.
        var position = lineSpan.StartLinePosition;
        var severityText = severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        Assert.StartsWith(
            $"{spec.Path}({(position.Line + 1).ToString(CultureInfo.InvariantCulture)},{(position.Character + 1).ToString(CultureInfo.InvariantCulture)}): {severityText} {diagnostic.Id}: ",
            diagnostic.ToString(),
            StringComparison.Ordinal);
    }

    /// <summary>The 1-based (line,column) of a diagnostic's start, as <c>dotnet build</c> prints it.</summary>
    public static string LineColumn(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({(start.Line + 1).ToString(CultureInfo.InvariantCulture)},{(start.Character + 1).ToString(CultureInfo.InvariantCulture)})";
    }

    public static string DiagnosticDescriptorsHelp(string id) =>
        "https://github.com/aiia-codegen/Aiia.Codegen/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant();

    /// <summary>AIIA0014's advice for a security scheme, whose key only names code.</summary>
    public const string RenameAdvice = " Rename it in the spec to choose the name yourself.";

    /// <summary>AIIA0014's advice for a component schema, whose key only names code (or whose x-aiia-name names its type).</summary>
    public const string SchemaAdvice = " Rename it in the spec, or give it an 'x-aiia-name', to choose the name yourself.";

    /// <summary>AIIA0014's advice for a property, parameter or form field, whose name the API reads.</summary>
    public const string GiveNameAdvice = " Give it an 'x-aiia-name' to choose the C# name yourself; its wire name stays.";

    /// <summary>AIIA0014's advice for a property, parameter or form field named by its <c>x-aiia-name</c>.</summary>
    public const string OtherGivenNameAdvice = " Give it another 'x-aiia-name' to choose the C# name yourself; its wire name stays.";

    /// <summary>AIIA0014's advice for an enum value named by <c>x-enum-varnames</c> (or its like).</summary>
    public const string OtherValueNameAdvice = " Give it another name in 'x-enum-varnames' to choose the C# name yourself; the value stays.";

    /// <summary>AIIA0014's advice for an enum value.</summary>
    public const string NameValuesAdvice = " Name the values in 'x-enum-varnames' to choose the C# names yourself; the values stay.";

    /// <summary>AIIA0014's advice for an operation.</summary>
    public const string OperationAdvice = " Give it another operationId to choose the name yourself.";

    /// <summary>AIIA0014's advice for an inline schema.</summary>
    public const string InlineAdvice = " Move it to components.schemas to choose its name yourself.";

    /// <summary>AIIA0014's advice for a name the generator derives (a converter, a member it adds).</summary>
    public const string DerivedAdvice = " The generator derives this name, so nothing needs changing; to keep it, give what holds it another name in the spec.";

    /// <summary>
    /// The run's code compiles clean and its one generator diagnostic is the AIIA0014 rename report <paramref name="message"/>
    /// followed by <paramref name="advice"/> (one of this class's advice constants).
    /// </summary>
    public static Diagnostic SingleRename(GeneratorRun run, string message, string advice)
    {
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var reported = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0014", reported.Id);
        Assert.Equal(message + advice, reported.GetMessage(CultureInfo.InvariantCulture));
        return reported;
    }

    /// <summary>An AIIA0014 message without its advice, the sentence after "it is generated as '…'." (for tests about the names).</summary>
    public static string WithoutAdvice(string message)
    {
        var generated = message.LastIndexOf("; it is generated as '", StringComparison.Ordinal);
        var end = generated < 0 ? -1 : message.IndexOf("'. ", generated + 22, StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + 2);
    }

    /// <summary>
    /// The run's code compiles clean and, among its generator diagnostics, each of <paramref name="messages"/> is part of
    /// one's message (renames reported beside others).
    /// </summary>
    public static void CompilesAndReports(GeneratorRun run, params string[] messages)
    {
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        foreach (var message in messages)
        {
            Assert.Contains(run.GeneratorDiagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(message, StringComparison.Ordinal));
        }
    }

    /// <summary>The names of a generated type's public properties, in declaration order.</summary>
    public static IEnumerable<string> PublicProperties(GeneratorRun run, string metadataName) =>
        run.OutputCompilation.GetTypeByMetadataName(metadataName)!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name);

    /// <summary>The error diagnostics of a run, for messages.</summary>
    public static ImmutableArray<Diagnostic> Errors(GeneratorRun run) =>
        run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}
