using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The members of the generated types are named by the naming pass (<c>Naming/MemberNaming.cs</c>), after reading,
/// from the type names of the model it is given: the reader keeps only wire facts. Here the pass runs on a model built
/// by hand as the reader leaves it, with type names no reader gives (as if the type pass had renamed them).
/// </summary>
public sealed class MemberNamingTests
{
    private static readonly TypeRef Text = new(TypeKind.String, IsNullable: true);

    private static PropertyModel Property(string pascal, string wire, string? @default = null) =>
        new(pascal, wire, Text, false, false, null, Default: @default);

    private static ApiSpec Read()
    {
        // 'Pet2' is the record of the schema 'pet' (after 'Pet'): its property 'pet2' lands on the record's own name.
        var pet = new ObjectModel(
            "Pet2",
            null,
            new EquatableArray<PropertyModel>([Property("Pet2", "pet2"), Property("Id", "id"), Property("Id", "ID"), Property(string.Empty, "+"), Property("Color", "color", @default: "red")]),
            UndocumentedPropertyHandling.Keep,
            Source: new SpecSource("components.schemas.pet", "pet"));
        // 'Dog' copies the properties of 'pet' with allOf: they are named as that record names them.
        var dog = new ObjectModel(
            "Dog",
            null,
            new EquatableArray<PropertyModel>([Property("Id", "id"), Property("Id", "ID"), Property("Pet2", "pet2")]),
            Source: new SpecSource("components.schemas.Dog", "Dog"),
            Copied: new EquatableArray<CopiedProperty>([new("id", "pet"), new("ID", "pet"), new("pet2", "pet")]));
        var order = new EnumModel("Order", null, "OrderKind", string.Empty, new EquatableArray<EnumMemberModel>([new(string.Empty, "asc"), new(string.Empty, "ASC"), new(string.Empty, "+")]), new SpecSource("components.schemas.Order", "Order"));
        var shape = new UnionModel("Shape", null, new EquatableArray<UnionAlternative>([new(string.Empty, new TypeRef(TypeKind.Object, "Pet2"), default), new(string.Empty, new TypeRef(TypeKind.Array, Element: new TypeRef(TypeKind.Object, "Pet2")), default)]), string.Empty);
        return new ApiSpec(
            "/specs/pets.openapi.yaml", "Contoso", "PetsClient", "public", "Pets", null,
            new EquatableArray<ObjectModel>([pet, dog]),
            new EquatableArray<EnumModel>([order]),
            EquatableArray<OperationModel>.Empty,
            EquatableArray<SecuritySchemeModel>.Empty,
            EquatableArray<string>.Empty,
            Unions: new EquatableArray<UnionModel>([shape]));
    }

    [Fact]
    public void ThePassNamesTheMembersFromTheTypeNamesOfTheModel()
    {
        var changes = new List<NameChange>();

        var named = MemberNaming.Run(Read(), changes);

        var pet = named.Objects[0];
        Assert.Equal(["Pet2Value", "Id", "Id2", "Property", "Color"], pet.Properties.Select(p => p.Name));
        Assert.Equal("DefaultColor", pet.Properties[4].DefaultName);
        Assert.Equal("UndocumentedProperties", pet.UndocumentedPropertiesName);
        Assert.Equal(["Id", "Id2", "Pet2Value"], named.Objects[1].Properties.Select(p => p.Name));
        Assert.Equal(["Asc", "Asc2", "Plus"], named.Enums[0].Members.Select(m => m.Name));
        Assert.Equal("Unknown", named.Enums[0].UnknownMemberName);
        Assert.Equal(["Pet2", "ListOfPet2"], named.Unions[0].Alternatives.Select(a => a.Name));
        Assert.Equal("Json", named.Unions[0].JsonName);
    }

    [Fact]
    public void EachRenameIsReturnedWithTheWireNameItIsReportedAt()
    {
        var changes = new List<NameChange>();

        MemberNaming.Run(Read(), changes);

        // The step aside from the record's own name is reported with its reason; the copies in Dog are no renames.
        Assert.Equal(
            [
                "the property 'pet2': Pet2 → Pet2Value (a member cannot have the name of its type) at components.schemas.pet/pet2",
                "the property 'ID': Id → Id2 (the property 'id') at components.schemas.pet/ID",
                "the property '+': + → Property (nameless) at components.schemas.pet/+",
                "the enum value 'ASC': Asc → Asc2 (the value 'asc') at components.schemas.Order/ASC",
                "the enum value '+': + → Plus (nameless) at components.schemas.Order/+",
            ],
            changes.Select(c => $"{c.Owner}: {c.Desired} → {c.Name} ({(c.Nameless ? "nameless" : c.Reason ?? c.TakenBy)}) at {c.Member!.SpecPath}/{c.Member.WireName}"));
    }

    /// <summary>
    /// The schema <c>pet</c> becomes <c>Pet2</c> (after <c>Pet</c>) in the type pass; only then can its members be named:
    /// its property <c>pet</c> is free (<c>Pet</c>), its property <c>pet2</c> is the record's own name and steps aside
    /// (<c>Pet2Value</c>), and the union <c>Choice</c> (after <c>choice</c>: <c>Choice2</c>) holds its alternative
    /// <c>Choice</c> under that name. Named against the names asked for, each would be the other way round, and a
    /// record <c>Pet2</c> with a member <c>Pet2</c> does not compile (CS0542).
    /// </summary>
    private const string RenamedTypes = """
        schemas:
          Pet:
            type: object
            properties:
              id: {type: string}
          pet:
            type: object
            properties:
              pet: {type: string}
              pet2: {type: string}
          choice:
            type: object
            properties:
              label: {type: string}
          Choice:
            oneOf:
              - {$ref: '#/components/schemas/choice'}
              - {type: string}
          Holder:
            type: object
            properties:
              choice: {$ref: '#/components/schemas/Choice'}
        """;

    [Fact]
    public void MembersAreNamedAgainstTheFinalTypeNamesAndTheCodeCompiles()
    {
        var spec = SpecCompiler.Parse(new SpecInput("/specs/renamed.openapi.yaml", SpecYaml.Components(RenamedTypes), "Contoso.Consumer", null, null)).Spec!;

        Assert.Equal(["Pet", "Pet2Value"], spec.Objects.Single(o => o.Name == "Pet2").Properties.Select(p => p.Name));
        var union = spec.Unions.Single();
        Assert.Equal(("Choice2", "Choice"), (union.Name, union.Alternatives[0].Name));
        Assert.Equal(["Choice", "String"], union.Alternatives.Select(a => a.Name));

        var run = GeneratorHarness.Run([SpecFile.FromText("renamed.openapi.yaml", SpecYaml.Components(RenamedTypes))]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void AUnionAlternativeWhoseAccessorNameIsTakenIsNumberedAndReported()
    {
        // The record ListOfPet and a list of Pet have one shape name: the later accessor is ListOfPet2.
        var spec = SpecYaml.Components("""
            schemas:
              Pet:
                type: object
                properties:
                  id: {type: string}
              ListOfPet:
                type: object
                properties:
                  next: {type: string}
              Page:
                oneOf:
                  - {$ref: '#/components/schemas/ListOfPet'}
                  - {type: array, items: {$ref: '#/components/schemas/Pet'}}
              Holder:
                type: object
                properties:
                  page: {$ref: '#/components/schemas/Page'}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pages.openapi.yaml", spec)]);

        var reported = DiagnosticAssert.SingleRename(
            run,
            "The alternative ListOfPet at components.schemas.Page.oneOf cannot be named 'ListOfPet' (the alternative ListOfPet already has that name); it is generated as 'ListOfPet2'.",
            DiagnosticAssert.DerivedAdvice);
        Assert.Equal("{type: array, items: {$ref: '#/components/schemas/Pet'}}", SpecLine(spec, reported)); // at the alternative
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Page")!.GetMembers("ListOfPet2").SingleOrDefault());
    }

    [Fact]
    public void ANameANumberOrAStepAsideWouldMakeTheTypesOwnIsSkippedPast()
    {
        // Found by random specs: in the record Pet2, 'pet' after 'Pet' was numbered Pet2, the record's own name (CS0542);
        // in the enum KindValue (the inline enum of Kind.value) the value 'Kind' stepped aside to KindValue, the same.
        var spec = SpecYaml.Components("""
            schemas:
              Pet2:
                type: object
                properties:
                  Pet: {type: string}
                  pet: {type: string}
              Kind:
                type: object
                properties:
                  value: {type: string, enum: [Kind, a]}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("own.openapi.yaml", spec)]);

        DiagnosticAssert.CompilesAndReports(
            run,
            "The property 'pet' at components.schemas.Pet2.properties cannot be named 'Pet' (the property 'Pet' already has that name); it is generated as 'Pet3'.",
            "The enum value 'Kind' at components.schemas.Kind.properties.value.enum cannot be named 'Kind' (the generated type has a member of that name); it is generated as 'KindValueValue'.");
        Assert.Equal(["Pet", "Pet3", "UndocumentedProperties"], DiagnosticAssert.PublicProperties(run, "Contoso.Consumer.Pet2"));
    }

    [Fact]
    public void ADerivedRecordsPropertyStepsAsideFromWhatTheGeneratorAddedToItsBase()
    {
        // Found by random specs: Dog's own 'undocumentedProperties' hid Animal's UndocumentedProperties (the converter
        // then assigned the kept properties to it: CS0029), and its 'defaultCount' hid Animal's DefaultCount (CS0108).
        var spec = SpecYaml.Components("""
            schemas:
              Animal:
                type: object
                required: [kind]
                discriminator: {propertyName: kind}
                properties:
                  kind: {type: string}
                  count: {type: integer, default: 3}
              Dog:
                allOf:
                  - $ref: '#/components/schemas/Animal'
                  - type: object
                    properties:
                      undocumentedProperties: {type: object, properties: {a: {type: string}}}
                      defaultCount: {type: string}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("zoo.openapi.yaml", spec)]);

        DiagnosticAssert.CompilesAndReports(
            run,
            "cannot be named 'UndocumentedProperties' (the undocumented properties the record inherits already has that name); it is generated as 'UndocumentedProperties2'.",
            "cannot be named 'DefaultCount' (the default of 'count' the record inherits already has that name); it is generated as 'DefaultCount2'.");
        Assert.Equal(["UndocumentedProperties2", "DefaultCount2"], DiagnosticAssert.PublicProperties(run, "Contoso.Consumer.Dog"));
    }

    /// <summary>The spec's line a diagnostic starts on, from its column on.</summary>
    private static string SpecLine(string spec, Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return spec.Split('\n')[start.Line].Substring(start.Character).TrimEnd();
    }

    [Fact]
    public void TheSameModelAlwaysGetsTheSameNames()
    {
        Assert.Equal(MemberNaming.Run(Read(), []), MemberNaming.Run(Read(), []));
    }
}
