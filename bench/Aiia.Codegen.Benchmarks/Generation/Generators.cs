using NSwag;
using NSwag.CodeGeneration.CSharp;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Benchmarks.Generation;

/// <summary>
/// The three things compared on one document: our read → model → emit, NSwag's YAML read + C# client generation
/// (its defaults: client and DTO classes, Newtonsoft.Json), and a YamlDotNet-only load (the floor under any YAML reader).
/// Each returns the number of characters produced, so nothing is optimised away and runs can be compared.
/// </summary>
internal static class Generators
{
    public const string Ours = "aiia-codegen";
    public const string NSwag = "nswag";
    public const string YamlFloor = "yamldotnet-load";
    public const string YamlEvents = "yamldotnet-events";
    public const string NSwagParse = "nswag-parse";
    public const string OursReadyToRun = "aiia-codegen-r2r";
    public const string OursIl = "aiia-codegen-il";

    /// <summary><c>aiia-codegen-dir=DIR</c>: a generator DLL (and its YamlDotNet) from any directory, loaded like the two
    /// packaged copies — e.g. another commit's ReadyToRun copy, to measure a change against the code before it.</summary>
    public const string OursFromDirectoryPrefix = "aiia-codegen-dir=";

    public static readonly string[] All = [Ours, OursReadyToRun, OursIl, NSwag, YamlFloor];

    public static long Run(string tool, string path, string text) => tool switch
    {
        Ours => AiiaCodegen(path, text),
        NSwag => NSwagClient(text),
        YamlFloor => YamlDotNetLoad(text),
        YamlEvents => YamlDotNetEvents(text),
        NSwagParse => NSwagRead(text).Operations.Count(),
        OursReadyToRun => PackagedGenerator.Run(PackagedGenerator.ReadyToRunDirectory, path, text),
        OursIl => PackagedGenerator.Run(PackagedGenerator.IlDirectory, path, text),
        _ when tool.StartsWith(OursFromDirectoryPrefix, StringComparison.Ordinal) => PackagedGenerator.Run(tool[OursFromDirectoryPrefix.Length..], path, text),
        _ => throw new ArgumentException($"Unknown tool '{tool}'.", nameof(tool)),
    };

    /// <summary>Read → model → emit, as the source generator and the CLI run it.</summary>
    public static long AiiaCodegen(string path, string text)
    {
        var spec = AiiaCodegenParse(path, text);
        var emitted = SpecCompiler.Emit(spec);
        if (emitted.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("The emitter reported: " + string.Join("; ", emitted.Diagnostics.Select(d => d.Descriptor.Id)));
        }

        long characters = 0;
        foreach (var source in emitted.Sources)
        {
            characters += source.Text.Length;
        }

        return characters;
    }

    /// <summary>Read → model only (what the generator caches between edits).</summary>
    public static Model.ApiSpec AiiaCodegenParse(string path, string text)
    {
        var parsed = SpecCompiler.Parse(new SpecInput(path, text, "Bench.Generated", null));
        if (parsed.Spec is null || parsed.Diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException("The reader reported: " + string.Join("; ", parsed.Diagnostics.Select(d => d.Descriptor.Id + " " + string.Join(", ", d.MessageArgs))));
        }

        return parsed.Spec;
    }

    /// <summary>NSwag: the document read into its OpenAPI model, then the C# client and DTOs generated.</summary>
    public static long NSwagClient(string text) => NSwagClientFile(text).Length;

    /// <summary>NSwag's one generated file (client and DTOs) for a document.</summary>
    public static string NSwagClientFile(string text)
    {
        var settings = new CSharpClientGeneratorSettings { ClassName = "BenchClient" };
        settings.CSharpGeneratorSettings.Namespace = "Bench.NSwag";
        return new CSharpClientGenerator(NSwagRead(text), settings).GenerateFile();
    }

    /// <summary>NSwag's reader for the document's format: <c>FromJsonAsync</c> for JSON, <c>FromYamlAsync</c> for YAML.</summary>
    public static OpenApiDocument NSwagRead(string text) => (text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal)
        ? OpenApiDocument.FromJsonAsync(text)
        : OpenApiYamlDocument.FromYamlAsync(text)).GetAwaiter().GetResult();

    /// <summary>The floor: YamlDotNet's representation model of the document, nothing more.</summary>
    public static long YamlDotNetLoad(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count;
    }

    /// <summary>One pass over YamlDotNet's event stream (scanner + parser, no nodes built).</summary>
    public static long YamlDotNetEvents(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text)));
        long events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }
}
