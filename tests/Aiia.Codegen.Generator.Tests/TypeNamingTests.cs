using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Aiia.Codegen.Reading;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The names of the generated types are the naming pass's (<c>Naming/TypeNaming.cs</c>), not the reader's: the reader
/// asks for a name per type and refers to it by a provisional key; the pass names the component schemas first (document
/// order), then the inline types and fallbacks (reading order), each inline name from the FINAL name of the type it sits
/// in, and rewrites every name the model holds.
/// </summary>
public sealed class TypeNamingTests
{
    private const string Spec = """
        schemas:
          Pet:
            type: object
            properties:
              category:
                type: object
                properties:
                  label: {type: string}
          PetCategory:
            type: object
            properties:
              id: {type: string}
          Animal:
            type: object
            properties:
              name: {type: string}
          animal:
            type: object
            required: [kind]
            properties:
              kind: {type: string}
              tag:
                type: object
                properties:
                  value: {type: string}
            discriminator: {propertyName: kind}
          Cat:
            allOf:
              - {$ref: '#/components/schemas/animal'}
              - type: object
                properties:
                  lives: {type: integer}
        """;

    private static ParseResult Parse() =>
        SpecCompiler.Parse(new SpecInput("/specs/zoo.openapi.yaml", SpecYaml.Components(Spec), "Contoso.Consumer", null, null));

    [Fact]
    public void AnInlineTypeNamedLikeALaterComponentIsNumberedAndTheComponentKeepsItsName()
    {
        var spec = Parse().Spec!;

        Assert.Equal("components.schemas.PetCategory", spec.Objects.Single(o => o.Name == "PetCategory").Source!.SpecPath);
        Assert.Equal("components.schemas.Pet.properties.category", spec.Objects.Single(o => o.Name == "PetCategory2").Source!.SpecPath);
        Assert.Equal(new TypeRef(TypeKind.Object, "PetCategory2", IsNullable: true), spec.Objects.Single(o => o.Name == "Pet").Properties.Single().Type);
    }

    [Fact]
    public void A_numbered_rename_skips_the_name_a_later_schema_asks_for_as_it_is()
    {
        // pet, Pet, Pet2: Pet's rename took Pet2's own name, and the schema literally named Pet2 became Pet2_2.
        var spec = SpecCompiler.Parse(new SpecInput("/specs/pets.openapi.yaml", SpecYaml.Components("""
            schemas:
              pet: {type: object, properties: {a: {type: string}}}
              Pet: {type: object, properties: {b: {type: string}}}
              Pet2: {type: object, properties: {c: {type: string}}}
            """), "Contoso.Consumer", null, null)).Spec!;

        var names = spec.Objects.ToDictionary(o => o.Source!.ComponentName!, o => o.Name, StringComparer.Ordinal);
        Assert.Equal("Pet", names["pet"]);
        Assert.Equal("Pet3", names["Pet"]);
        Assert.Equal("Pet2", names["Pet2"]);
    }

    [Fact]
    public void EveryScopeNumbersANameEndingInADigitAfterAnUnderscore()
    {
        // One rule for types, inline types and properties, as for parameters and enum values: 'V1' taken makes 'V1_2',
        // never 'V12', which is what a schema 'V12' (or a twelfth alternative 'UOption12') would be called.
        const string Schemas = """
            schemas:
              PetV1: {type: object, properties: {a1: {type: string}, A1: {type: integer}}}
              petV1: {type: object, properties: {b: {type: string}}}
              PetV12: {type: object, properties: {c: {type: string}}}
              Holder:
                type: object
                properties:
                  v1: {type: object, properties: {d: {type: string}}}
              HolderV1: {type: object, properties: {e: {type: string}}}
            """;
        HostileNamesRound14Tests.AssertClean(GeneratorHarness.Run([SpecFile.FromText("versions.openapi.yaml", SpecYaml.Components(Schemas))]));
        var spec = SpecCompiler.Parse(new SpecInput("/specs/versions.openapi.yaml", SpecYaml.Components(Schemas), "Contoso.Consumer", null, null)).Spec!;
        var names = spec.Objects.ToDictionary(o => o.Source!.SpecPath, o => o.Name, StringComparer.Ordinal);
        Assert.Equal("PetV1", names["components.schemas.PetV1"]);
        Assert.Equal("PetV1_2", names["components.schemas.petV1"]);
        Assert.Equal("PetV12", names["components.schemas.PetV12"]);
        Assert.Equal("HolderV1_2", names["components.schemas.Holder.properties.v1"]);
        Assert.Equal(["A1", "A1_2"], spec.Objects.Single(o => o.Name == "PetV1").Properties.Select(p => p.Name));
    }

    [Fact]
    public void AnInlineTypeWhoseDerivedNameIsTakenSaysWhichDerivedNameAndWhoHasIt()
    {
        // 'PetCategory' itself is free; the converter it would bring, 'PetCategoryJsonConverter', is a schema's name.
        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", SpecYaml.Components("""
            schemas:
              PetCategoryJsonConverter: {type: object, properties: {a: {type: string}}}
              Pet:
                type: object
                properties:
                  category: {type: object, properties: {label: {type: string}}}
            """))]);

        DiagnosticAssert.CompilesAndReports(run, "The inline schema at components.schemas.Pet.properties.category cannot be named 'PetCategory' (its JSON converter would be named 'PetCategoryJsonConverter', which the schema 'PetCategoryJsonConverter' already has); it is generated as 'PetCategory2'.");
    }

    [Fact]
    public void WhatSitsInARenamedTypeIsNamedAfterItsFinalName()
    {
        var spec = Parse().Spec!;

        var renamed = spec.Objects.Single(o => o.Source!.ComponentName == "animal");
        Assert.Equal("Animal2", renamed.Name);
        Assert.Equal("UnknownAnimal2", renamed.Discriminator!.UnknownName);
        Assert.Equal(new[] { ("Cat", "Cat") }, renamed.Discriminator.Cases.Select(c => (c.WireValue, c.TypeName)));
        Assert.Equal("Animal2Tag", renamed.Properties.Single(p => p.WireName == "tag").Type.Name);
        Assert.Equal("Animal2", spec.Objects.Single(o => o.Name == "Cat").BaseName);
        Assert.Equal("components.schemas.animal.properties.tag", spec.Objects.Single(o => o.Name == "Animal2Tag").Source!.SpecPath);
    }

    [Fact]
    public void TypeRenamesAreReportedAtTheirSchemasInReadingOrderAndTheCodeCompiles()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("zoo.openapi.yaml", SpecYaml.Components(Spec))]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        Assert.Equal(
            [
                "(21) The schema 'animal' at components.schemas.animal cannot be named 'Animal' (the schema 'Animal' already has that name); it is generated as 'Animal2'.",
                "(10) The inline schema at components.schemas.Pet.properties.category cannot be named 'PetCategory' (the schema 'PetCategory' already has that name); it is generated as 'PetCategory2'.",
            ],
            run.GeneratorDiagnostics.Select(d => $"({(d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)}) "
                + DiagnosticAssert.WithoutAdvice(d.GetMessage(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void TheFallbackOfADiscriminatedBaseIsNumberedPastASchemaOfItsNameAndReportedAtTheBase()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Animal:
                type: object
                required: [kind]
                properties:
                  kind: {type: string}
                discriminator: {propertyName: kind}
              UnknownAnimal:
                type: object
                properties:
                  note: {type: string}
              Dog:
                allOf:
                  - {$ref: '#/components/schemas/Animal'}
                  - type: object
                    properties:
                      bark: {type: string}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("zoo.openapi.yaml", spec)]);

        DiagnosticAssert.SingleRename(
            run,
            "The fallback of 'Animal' for an unknown discriminator value at components.schemas.Animal cannot be named 'UnknownAnimal' (the schema 'UnknownAnimal' already has that name); it is generated as 'UnknownAnimal2'.",
            DiagnosticAssert.DerivedAdvice);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.UnknownAnimal2"));
    }

    [Fact]
    public void AUnionNamedLikeAMemberEveryUnionHasStepsAside()
    {
        // Found in Qdrant's spec by the sweep of unseen specs: a oneOf named Match declared the union Match with its
        // method Match (CS0542). A record of that name keeps it.
        var run = GeneratorHarness.Run([SpecFile.FromText("search.openapi.yaml", SpecYaml.Components("""
            schemas:
              A: {type: object, required: [a], properties: {a: {type: string}}}
              B: {type: object, required: [b], properties: {b: {type: string}}}
              Match:
                anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
              Switch:
                oneOf: [{$ref: '#/components/schemas/A'}, {type: integer}]
              Index: {type: object, properties: {match: {oneOf: [{$ref: '#/components/schemas/Match'}, {type: string}]}}}
            """))]);

        DiagnosticAssert.CompilesAndReports(run, "cannot be named 'Match' (a generated type has a member of that name); it is generated as 'MatchModel'.");
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.MatchModel"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.SwitchModel"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Index"));
    }

    [Fact]
    public void NoProvisionalKeyIsLeftInTheOutputOrTheMessages()
    {
        // The reader's keys hold control characters no C# name has: a name the rewrite missed would show here.
        foreach (var file in Directory.GetFiles(Repository.File("tests/Aiia.Codegen.Generator.Tests/Specs")).Append(Repository.File("spec/aiia-authentication.openapi.yaml")))
        {
            var parsed = SpecCompiler.Parse(new SpecInput(file, File.ReadAllText(file), "Contoso.Consumer", null, null));
            var texts = SpecCompiler.Emit(parsed.Spec!).Sources.Select(s => s.Text).Concat(parsed.Diagnostics.Select(d => d.Message));
            Assert.All(texts, text => Assert.True(text.IndexOfAny(['\u0001', '\u0002']) < 0, Path.GetFileName(file)));
        }

        var zoo = Parse();
        Assert.All(SpecCompiler.Emit(zoo.Spec!).Sources, s => Assert.True(s.Text.IndexOfAny(['\u0001', '\u0002']) < 0, s.HintName));
    }

    [Fact]
    public void ANameTooLongForMetadataIsShortenedWithAHashOfTheWhole()
    {
        // Found by specs built to break the generator: C# metadata allows 1,023 bytes for a type's full name (CS7013).
        // A key of 1,000 characters, and inline types nested twenty deep (their names concatenate), got past it.
        var longKey = new string('a', 1000);
        var nested = new System.Text.StringBuilder("    Root:\n");
        var indent = "      ";
        for (var i = 0; i < 22; i++)
        {
            nested.Append(indent).Append("type: object\n").Append(indent).Append("properties:\n");
            indent += "  ";
            nested.Append(indent).Append($"veryLongPropertyNameNumber{i:00}WithExtraWordsToPadIt:\n");
            indent += "  ";
        }

        nested.Append(indent).Append("type: string\n");
        var spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                LONG: {type: object, properties: {b: {type: string}}}
                LONGb: {type: string, enum: [x, y]}
            """.Replace("LONG", longKey, StringComparison.Ordinal) + "\n" + nested;

        var run = GeneratorHarness.Run([SpecFile.FromText("long.openapi.yaml", spec)]);

        DiagnosticAssert.CompilesAndReports(run, "(it is longer than the 512 UTF-8 bytes a generated type name may have)");
        var types = run.OutputCompilation.GetSymbolsWithName(n => n.StartsWith('A') && n.Length > 400, Microsoft.CodeAnalysis.SymbolFilter.Type).Select(t => t.Name).ToList();
        Assert.Equal(2, types.Count(n => n.Length == 512 && System.Text.RegularExpressions.Regex.IsMatch(n, "^Aa+_[0-9a-f]{8}$")));
        Assert.Equal(2, types.Distinct().Count(n => n.Length == 512));
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "AIIA0014" && d.GetMessage(CultureInfo.InvariantCulture).Contains("longer than", StringComparison.Ordinal) && d.GetMessage(CultureInfo.InvariantCulture).Contains("The schema 'a", StringComparison.Ordinal)));
        Assert.Contains(run.GeneratorDiagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("The inline schema", StringComparison.Ordinal) && d.GetMessage(CultureInfo.InvariantCulture).Contains("longer than", StringComparison.Ordinal));
    }
}
