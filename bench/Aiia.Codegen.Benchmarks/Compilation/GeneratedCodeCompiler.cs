using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aiia.Codegen.Benchmarks.Compilation;

/// <summary>
/// Compiles generated C# in-process with Roslyn, the same way for our output and NSwag's: the .NET 10 reference
/// assemblies, the runtime (and what it references), Newtonsoft.Json (NSwag's default serializer); nullable on, warning
/// level 9999, XML-doc diagnostics — the corpus test's settings.
/// </summary>
internal static class GeneratedCodeCompiler
{
    /// <summary>One compile: its time, its diagnostics, the types declared, and the size of what it emitted.</summary>
    /// <param name="IlBytes">The IL of every method body in the emitted assembly (0 when it did not compile).</param>
    /// <param name="AssemblyBytes">The emitted assembly's file size (0 when it did not compile).</param>
    public sealed record Result(double Milliseconds, int Errors, int Warnings, int Types, string? FirstError, long IlBytes, long AssemblyBytes, string? FirstWarning = null);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithWarningLevel(9999)
        .WithDeterministic(true)
        // As the .NET SDK's default NoWarn: assembly-version unification (Newtonsoft.Json references System.Runtime 6.0).
        .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. Net100.References.All,
        .. Closure(typeof(Aiia.Codegen.Runtime.ApiClientOptions).Assembly, typeof(Newtonsoft.Json.JsonConvert).Assembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ]);

    /// <summary>Parses and emits the sources (to memory); the time covers both.</summary>
    public static Result Compile(IEnumerable<string> sources)
    {
        long started = Stopwatch.GetTimestamp();
        var compilation = Create(sources);
        var trees = compilation.SyntaxTrees;
        using var output = new MemoryStream();
        var emitted = compilation.Emit(output);
        double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var visible = emitted.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToArray();
        int types = trees.Sum(tree => tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Count());
        return new Result(
            milliseconds,
            visible.Count(d => d.Severity == DiagnosticSeverity.Error),
            visible.Count(d => d.Severity == DiagnosticSeverity.Warning),
            types,
            visible.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString(),
            emitted.Success ? MethodBodies(output).Sum(body => (long)body.Size) : 0,
            emitted.Success ? output.Length : 0,
            visible.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Warning)?.ToString());
    }

    /// <summary>IL bytes grouped by a key made of the declaring type's and the method's names (an analysis aid).</summary>
    public static IReadOnlyDictionary<string, long> IlBy(IEnumerable<string> sources, Func<string, string, string> key)
    {
        using var image = new MemoryStream();
        Create(sources).Emit(image);
        var totals = new Dictionary<string, long>();
        foreach (var (type, method, size) in MethodBodies(image))
        {
            string k = key(type, method);
            totals[k] = totals.GetValueOrDefault(k) + size;
        }

        return totals;
    }

    private static CSharpCompilation Create(IEnumerable<string> sources) => CSharpCompilation.Create(
        "Corpus.Generated",
        sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, $"/generated/File{i}.cs")),
        References.Value,
        Options);

    /// <summary>Each method body (header and IL) of an assembly image, with its declaring type's and its own name.</summary>
    private static List<(string Type, string Method, int Size)> MethodBodies(MemoryStream image)
    {
        image.Position = 0;
        using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        var bodies = new List<(string, string, int)>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress != 0)
                {
                    bodies.Add((metadata.GetString(type.Name), metadata.GetString(method.Name), pe.GetMethodBody(method.RelativeVirtualAddress).Size));
                }
            }
        }

        return bodies;
    }

    /// <summary>The files of the given assemblies and of everything they reference that the reference assemblies do not cover.</summary>
    private static IEnumerable<string> Closure(params Assembly[] roots)
    {
        var framework = Net100.References.All.Select(r => Path.GetFileNameWithoutExtension(r.FilePath)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<AssemblyName>(roots.Select(root => root.GetName()));
        while (pending.TryPop(out var name))
        {
            if (framework.Contains(name.Name!) || !seen.Add(name.Name!))
            {
                continue;
            }

            // From the output folder, or (Microsoft.Extensions.*) the shared framework this program runs on.
            var assembly = Assembly.Load(name);
            yield return assembly.Location;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }
    }
}
