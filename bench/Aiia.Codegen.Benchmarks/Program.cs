using Aiia.Codegen;
using Aiia.Codegen.Benchmarks;
using Aiia.Codegen.Benchmarks.Generation;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

string command = args.Length == 0 ? "help" : args[0];
var options = new Options(args.Skip(1).ToArray());
switch (command)
{
    case "bdn":
        // BenchmarkDotNet's own command line, e.g. bdn --filter '*Generation*' --warmupCount 3 --iterationCount 10
        BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(args.Skip(1).ToArray(), DefaultConfig.Instance);
        return 0;
    case "smoke":
        return await Smoke.RunAsync();
    case "large-spec":
        LargeSpec.EnsureWritten(Specs.PathOf(Specs.Large));
        Console.WriteLine($"{Specs.PathOf(Specs.Large)}: {LargeSpec.Operations} operations, {LargeSpec.ComponentSchemas} component schemas, sha256 {LargeSpec.Sha256(LargeSpec.Build())}");
        return 0;
    case "nswag-client":
    {
        string text = Specs.Load(options.Positional.ElementAtOrDefault(0) ?? Specs.Aiia);
        var document = NSwag.OpenApiYamlDocument.FromYamlAsync(text).GetAwaiter().GetResult();
        var settings = new NSwag.CodeGeneration.CSharp.CSharpClientGeneratorSettings { ClassName = "NSwagAiiaClient" };
        settings.CSharpGeneratorSettings.Namespace = "Aiia.Codegen.Benchmarks.Peers.NSwagGenerated";
        Console.Write(new NSwag.CodeGeneration.CSharp.CSharpClientGenerator(document, settings).GenerateFile());
        return 0;
    }
    case "first-call":
        return FirstCall.Measure(options.Positional[0], options.Positional[1]);
    case "first-call-breakdown":
        return FirstCallBreakdown.Measure(options.Positional.FirstOrDefault() ?? Specs.Aiia);
    case "first-calls":
        return await FirstCall.RunAllAsync(options);
    case "loop":
    {
        // loop TOOL SPEC N: N generations back to back (a target for a profiler). TOOL "emit": our emitter alone.
        string spec = options.Positional[1];
        string text = Specs.Load(spec);
        var model = options.Positional[0] == "emit" ? Generators.AiiaCodegenParse(Specs.PathOf(spec), text) : null;
        for (int i = 0; i < int.Parse(options.Positional[2], System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            _ = model is null ? Generators.Run(options.Positional[0], Specs.PathOf(spec), text) : SpecCompiler.Emit(model).Sources.Count;
        }

        return 0;
    }
    case "write-generated":
    {
        // write-generated DIR [SPEC] [NAMESPACE]: the generator's files for a spec, as ordinary sources (build timing).
        string directory = options.Positional[0];
        string spec = options.Positional.ElementAtOrDefault(1) ?? Specs.Aiia;
        var parsed = SpecCompiler.Parse(new SpecInput(Specs.PathOf(spec), Specs.Load(spec), options.Positional.ElementAtOrDefault(2) ?? "BuildTiming.Api", null));
        Directory.CreateDirectory(directory);
        foreach (var source in SpecCompiler.Emit(parsed.Spec!).Sources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.Text);
        }

        return 0;
    }
    case "compile-dirs":
        return Aiia.Codegen.Benchmarks.Compilation.CompileDirectories.Run(options);
    case "emit-hash":
    {
        // emit-hash FILE...: SHA-256 of everything emitted for each spec (checks that a performance change keeps the output).
        foreach (string path in options.Positional)
        {
            var parsed = SpecCompiler.Parse(new SpecInput(path, File.ReadAllText(path), "Hash.Check", null));
            string all = parsed.Spec is null ? "no model" : string.Concat(SpecCompiler.Emit(parsed.Spec).Sources.Select(s => s.HintName + "\n" + s.Text));
            Console.WriteLine($"{LargeSpec.Sha256(all)} {Path.GetFileName(path)}");
        }

        return 0;
    }
    case "emit-loop":
    {
        // emit-loop SPEC N: the model read once, then N emits (a target for a profiler).
        string spec = options.Positional[0];
        var model = Generators.AiiaCodegenParse(Specs.PathOf(spec), Specs.Load(spec));
        for (int i = 0; i < int.Parse(options.Positional[1], System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            SpecCompiler.Emit(model);
        }

        return 0;
    }
    case "probe":
        return Aiia.Codegen.Benchmarks.Compilation.ProbeMeasurement.Run(options);
    case "compile-time":
        return Aiia.Codegen.Benchmarks.Compilation.CompileTimeMeasurement.Run(options);
    case "corpus":
        return await Aiia.Codegen.Benchmarks.Corpus.CorpusMeasurement.RunAsync(options);
    case "quick":
        return options.Get("tools") is null
            ? Quick.Measure(options.Positional.FirstOrDefault() ?? Specs.Large, options.Int("runs", 5))
            : Quick.Compare(options.Positional.FirstOrDefault() ?? Specs.Large, options.List("tools", []), options.Int("runs", 5));
    case "waiting":
        return await Aiia.Codegen.Benchmarks.Waiting.WaitingMeasurement.RunAsync(options);
    case "scale":
        return await Aiia.Codegen.Benchmarks.Scale.ScaleMeasurement.RunAsync(options);
    case "sandbox-host":
        return await Aiia.Codegen.Benchmarks.Scale.SandboxHost.RunAsync(options);
    default:
        Console.Error.WriteLine("""
            commands:
              bdn [BenchmarkDotNet arguments]   generation, JSON and client benchmarks (e.g. --filter '*' --warmupCount 3 --iterationCount 10)
              first-calls [--runs N] [--specs aiia] [--tools a,b]
                                                the first generation in N fresh processes per tool and spec
                                                (a tool aiia-codegen-dir=DIR loads the generator DLL in DIR)
              first-call TOOL SPEC              one such process (TOOL: aiia-codegen, nswag, yamldotnet-load; SPEC: aiia, large)
              first-call-breakdown SPEC         our first call stage by stage, with JIT time
              corpus [--runs 3] [--specs a,b] [--fresh 5] [--fresh-spec github-rest]
                                                the real public specs of tests/Corpus, ours vs NSwag (docs/corpus.md)
              compile-time [--specs large,aiia] [--runs 5]
                                                compile of our generated code vs NSwag's: time, IL, size
              probe FILE...                     any spec files generated and compiled like the corpus: refused, errors, warnings or clean
              quick [SPEC] [--tools a,b]        rough warm timing of each generation stage, or of whole tools alternating
              waiting [--t 1,3,9] [--reps 10]   long poll vs polling every 2 s against the sandbox
              scale [--sessions 10000] [--in-process]  concurrent waits against the sandbox
              large-spec                        writes bench/specs/large.openapi.yaml
              nswag-client                      prints NSwag's client for the Aiia spec (Peers/NSwagAiiaClient.g.cs)
              smoke                             everything once, quickly (CI)
            """);
        return command == "help" ? 0 : 2;
}
