using System.Reflection;
using System.Runtime.Loader;

namespace Aiia.Codegen.Benchmarks.Generation;

/// <summary>
/// Our generator loaded the way the compiler loads an analyzer: its DLL and YamlDotNet from one directory into an
/// <see cref="AssemblyLoadContext"/> of their own (Roslyn is shared from the host), then called through reflection.
/// The directory is the package's ReadyToRun copy for this platform (<c>aiia-codegen-r2r</c>) or the IL copy
/// (<c>aiia-codegen-il</c>), so the two differ only in how the same code was compiled.
/// </summary>
internal static class PackagedGenerator
{
    private static readonly Dictionary<string, (MethodInfo Parse, MethodInfo Emit, ConstructorInfo Input)> Loaded = new();

    /// <summary>
    /// The ReadyToRun project's build output for this platform: the IL generator beside the YamlDotNet build the
    /// package carries. Its <c>publish</c> folder holds the same two DLLs compiled ReadyToRun (bench/smoke.sh and
    /// bench/measure-all.sh publish it).
    /// </summary>
    public static string IlDirectory => Path.Combine(
        Specs.RepositoryRoot, "generator", "Aiia.Codegen.Generator.ReadyToRun", "bin", "Release", "net10.0",
        System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);

    public static string ReadyToRunDirectory => Path.Combine(IlDirectory, "publish");

    public static long Run(string directory, string path, string text)
    {
        if (!Loaded.TryGetValue(directory, out var entry))
        {
            var context = new AnalyzerContext(directory);
            var assembly = context.LoadFromAssemblyPath(Path.Combine(directory, "Aiia.Codegen.Generator.dll"));
            var compiler = assembly.GetType("Aiia.Codegen.SpecCompiler", throwOnError: true)!;
            var input = assembly.GetType("Aiia.Codegen.SpecInput", throwOnError: true)!;
            entry = (compiler.GetMethod("Parse")!, compiler.GetMethod("Emit")!, input.GetConstructors().Single());
            Loaded[directory] = entry;
        }

        // Path, text and namespace; every later parameter (client name and the per-spec options) keeps its default.
        object?[] arguments = new object?[entry.Input.GetParameters().Length];
        (arguments[0], arguments[1], arguments[2]) = (path, text, "Bench.Generated");
        object parsed = entry.Parse.Invoke(null, [entry.Input.Invoke(arguments)])!;
        object spec = parsed.GetType().GetProperty("Spec")!.GetValue(parsed)
            ?? throw new InvalidOperationException("The packaged generator reported an error for " + path);
        object emitted = entry.Emit.Invoke(null, [spec])!;
        long characters = 0;
        foreach (object source in (System.Collections.IEnumerable)emitted.GetType().GetProperty("Sources")!.GetValue(emitted)!)
        {
            characters += ((string)source.GetType().GetProperty("Text")!.GetValue(source)!).Length;
        }

        return characters;
    }

    /// <summary>Like the compiler's analyzer loader: the generator and its YamlDotNet from the directory, the rest shared.</summary>
    private sealed class AnalyzerContext(string directory) : AssemblyLoadContext("aiia-codegen-analyzer")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string file = Path.Combine(directory, name.Name + ".dll");
            return name.Name is "Aiia.Codegen.Generator" or "YamlDotNet" && File.Exists(file) ? LoadFromAssemblyPath(file) : null;
        }
    }
}
