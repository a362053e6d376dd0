using System.Text.RegularExpressions;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A spec built from its own output, the way a reviewer attacks a generator: every type the generated code declares
/// becomes a component schema of that name whose properties are named like that type's members (a string enum whose
/// values are, for an enum), every namespace segment the code names after <c>global::</c> a schema too, every client
/// method an <c>operationId</c> (with and without <c>Async</c>), and every local, parameter and lambda parameter of
/// the client's methods a query parameter. The result generates with nothing worse than an info and compiles at
/// warning level 9999; so does a second round built from the first round's output. The spec's own names keep their
/// C# names: what collides with them is what moves. And the project's names (client, namespace) named like each type.
/// </summary>
public sealed class SelfCollisionTests
{
    /// <summary>The test specs, and any files <c>AIIA_SELF_COLLISION_SPECS</c> lists (paths separated by
    /// <c>;</c>, gzipped or not: a way to attack real specs by hand).</summary>
    public static TheoryData<string> Specs => new(
        new[] { SpecFile.AiiaSpec, SpecFile.PetstoreSpec, SpecFile.LedgerSpec, SpecFile.CompositionSpec, "bodies.openapi.yaml", "patching.openapi.yaml", "security.openapi.yaml" }
            .Concat((Environment.GetEnvironmentVariable("AIIA_SELF_COLLISION_SPECS") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)));

    [Theory]
    [MemberData(nameof(Specs))]
    public void ASpecNamedAfterEverythingItsOwnOutputDeclaresGeneratesAndCompilesClean(string specFile)
    {
        var byHand = Path.IsPathRooted(specFile);
        var original = byHand ? FromPath(specFile) : SpecFile.Load(specFile);
        var first = GeneratorHarness.Run([original]);

        // A real spec may warn of what it does (an unused 'servers'); an attack on it may add renames, never a new warning.
        var warned = first.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(warned.Count == 0 || byHand, GeneratorHarness.Describe(first.GeneratorDiagnostics));
        HostileNamesRound14Tests.AssertClean(first, warned);
        var originalTypes = DeclaredTypes(first).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        var current = original;
        var run = first;
        for (var round = 1; round <= 2; round++)
        {
            current = current.WithText(CollidingWith(current.Text, run, round));
            run = GeneratorHarness.Run([current]);
            HostileNamesRound14Tests.AssertClean(run, warned);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "AIIA0014"); // the names did collide, and were moved
            if (Environment.GetEnvironmentVariable("AIIA_SELF_COLLISION_DUMP") is { Length: > 0 } dump)
            {
                File.WriteAllText(Path.Combine(dump, $"{round}-{original.FileName}"), current.Text);
            }
        }

        // The spec's own types are still there under their names (what took a name they hold was numbered instead).
        var final = DeclaredTypes(run).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var lost = originalTypes.Where(name => !final.Contains(name)).ToList();
        Assert.True(lost.Count == 0, string.Join(", ", lost));
    }

    /// <summary>
    /// The project's names against the spec's output: the Aiia spec's client named like each type its output declares
    /// (<c>AiiaClientName="TokensResponseJsonConverter"</c>), and its namespace ending in each (<c>Contoso.Login</c>).
    /// Each generates with nothing worse than an info and compiles clean. (Run by hand over the other test specs too:
    /// clean.)
    /// </summary>
    [Fact]
    public void AClientOrNamespaceNamedLikeAnyTypeTheOutputDeclaresGeneratesAndCompilesClean()
    {
        var original = SpecFile.Load(SpecFile.AiiaSpec);
        var failures = new List<string>();
        foreach (var (name, _, _) in DeclaredTypes(GeneratorHarness.Run([original])).DistinctBy(t => t.Name))
        {
            foreach (var variant in new[] { original.WithClientName(name), original.WithNamespace("Contoso." + name) })
            {
                var bad = HostileNamesRound14Tests.Problems(GeneratorHarness.Run([variant]));
                if (bad.Count > 0)
                {
                    failures.Add($"{string.Join(", ", variant.Metadata.Values)}: {GeneratorHarness.Describe(bad)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static SpecFile FromPath(string path)
    {
        using var file = File.OpenRead(path);
        using var text = path.EndsWith(".gz", StringComparison.Ordinal) ? new StreamReader(new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)) : new StreamReader(file);
        var stem = Path.GetFileName(path).Split('.')[0];
        // The attack rewrites the spec as YAML of its own, longer than a compact JSON original (GitHub's grows past 20 MiB).
        return SpecFile.FromText(stem + ".openapi.yaml", text.ReadToEnd()).WithMetadata("build_metadata.AdditionalFiles.AiiaMaxSpecSize", "200MiB");
    }

    /// <summary>The generated types (nested ones included) with their member names, in source order.</summary>
    private static List<(string Name, bool IsEnum, List<string> Members)> DeclaredTypes(GeneratorRun run)
    {
        var types = new List<(string, bool, List<string>)>();
        foreach (var tree in run.Result.GeneratedSources.Select(s => s.SyntaxTree))
        {
            foreach (var type in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                var members = new List<string>();
                if (type is EnumDeclarationSyntax enumType)
                {
                    members.AddRange(enumType.Members.Select(m => m.Identifier.ValueText));
                }
                else if (type is TypeDeclarationSyntax declared)
                {
                    members.AddRange(declared.Members.Select(MemberName).OfType<string>());
                    members.AddRange(declared.ParameterList?.Parameters.Select(p => p.Identifier.ValueText) ?? []);
                }

                types.Add((type.Identifier.ValueText, type is EnumDeclarationSyntax, members.Distinct(StringComparer.Ordinal).ToList()));
            }
        }

        return types;
    }

    private static string? MemberName(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        FieldDeclarationSyntax field => field.Declaration.Variables[0].Identifier.ValueText,
        EventDeclarationSyntax e => e.Identifier.ValueText,
        BaseTypeDeclarationSyntax nested => nested.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The names a client method body declares: locals, lambda parameters, pattern variables.</summary>
    private static IEnumerable<string> LocalNames(GeneratorRun run) =>
        run.Result.GeneratedSources
            .Select(s => s.SyntaxTree.GetRoot())
            .SelectMany(root => root.DescendantNodes())
            .Select(node => node switch
            {
                VariableDeclaratorSyntax v when v.Parent?.Parent is LocalDeclarationStatementSyntax => v.Identifier.ValueText,
                ParameterSyntax p when p.Parent?.Parent is LambdaExpressionSyntax or MethodDeclarationSyntax or LocalFunctionStatementSyntax => p.Identifier.ValueText,
                SingleVariableDesignationSyntax d => d.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .Where(name => Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_]*$"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// A record schema with these properties. Without any it says <c>additionalProperties: false</c>, as GitHub's empty
    /// response bodies do: an object schema that lists no property and allows any is free-form JSON, not a type, and
    /// would not take the name it attacks.
    /// </summary>
    private static YamlMappingNode ObjectSchema(List<string> wireNames)
    {
        var schema = new YamlMappingNode { { "type", "object" }, { "properties", Properties(wireNames) } };
        if (wireNames.Count == 0)
        {
            schema.Add("additionalProperties", "false");
        }

        return schema;
    }

    /// <summary><paramref name="yaml"/> with schemas, operations and parameters named after <paramref name="run"/>'s output.</summary>
    private static string CollidingWith(string yaml, GeneratorRun run, int round)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var schemas = Child(Child(root, "components"), "schemas");
        var paths = Child(root, "paths");

        var declared = DeclaredTypes(run);
        var added = new HashSet<string>(schemas.Children.Keys.Select(k => ((YamlScalarNode)k).Value!), StringComparer.Ordinal);
        foreach (var (name, isEnum, members) in declared)
        {
            if (!added.Add(name))
            {
                continue;
            }

            var wireNames = members.Where(m => m.Length > 0 && char.IsLetter(m[0])).ToList();
            schemas.Add(name, isEnum
                ? new YamlMappingNode { { "type", "string" }, { "enum", new YamlSequenceNode(wireNames.Count > 0 ? wireNames.Select(m => new YamlScalarNode(m)) : [new YamlScalarNode("a")]) } }
                : ObjectSchema(wireNames));
        }

        var namespaces = run.Result.GeneratedSources
            .SelectMany(s => Regex.Matches(s.SourceText.ToString(), @"global::([A-Za-z_][A-Za-z0-9_.]*)").Select(m => m.Groups[1].Value))
            .SelectMany(qualified => qualified.Split('.'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var segment in namespaces.Where(added.Add))
        {
            schemas.Add(segment, new YamlMappingNode { { "type", "object" }, { "properties", Properties([segment, "value"]) } });
        }

        // Operations named like the client's methods, each returning one of the schemas just added; the first carries
        // a query parameter for every local, parameter and lambda parameter the client's code declares.
        var methods = declared
            .Where(t => t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.Members)
            .Where(m => m.EndsWith("Async", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var parameters = new YamlSequenceNode(LocalNames(run).Select(name => new YamlMappingNode
        {
            { "name", name }, { "in", "query" }, { "schema", new YamlMappingNode { { "type", "string" } } },
        }));
        var returned = added.Order(StringComparer.Ordinal).First();
        for (var i = 0; i < methods.Count; i++)
        {
            var operations = new YamlMappingNode();
            foreach (var (verb, operationId) in new[] { ("get", methods[i]), ("put", methods[i][..^"Async".Length]) })
            {
                var operation = new YamlMappingNode
                {
                    { "operationId", operationId },
                    {
                        "responses", new YamlMappingNode
                        {
                            {
                                "200", new YamlMappingNode
                                {
                                    { "description", "ok" },
                                    { "content", new YamlMappingNode { { "application/json", new YamlMappingNode { { "schema", new YamlMappingNode { { "$ref", "#/components/schemas/" + returned } } } } } } },
                                }
                            },
                        }
                    },
                };
                if (i == 0 && verb == "get")
                {
                    operation.Add("parameters", parameters);
                }

                operations.Add(verb, operation);
            }

            paths.Add($"/self-collision-{round}/{i}", operations);
        }

        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlMappingNode Properties(IEnumerable<string> names)
    {
        var properties = new YamlMappingNode();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            properties.Add(name, new YamlMappingNode { { "type", "string" } });
        }

        return properties;
    }

    private static YamlMappingNode Child(YamlMappingNode parent, string key)
    {
        if (parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode mapping)
        {
            return mapping;
        }

        var created = new YamlMappingNode();
        parent.Children[new YamlScalarNode(key)] = created;
        return created;
    }
}
