using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// oneOf/anyOf/discriminator per construct: what C# each becomes, generated without diagnostics and compiling warning-free.
/// The round trips through a server are in the client tests (CompositionRoundTripTests).
/// </summary>
public sealed class CompositionTests
{
    private static GeneratorRun Generate(string components)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", SpecYaml.Components(components))]);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        return run;
    }

    private static INamedTypeSymbol Type(GeneratorRun run, string name) =>
        run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + name) ?? throw new InvalidOperationException($"No type {name}.");

    private static string JsonSource(GeneratorRun run) =>
        run.SourceEndingWith(".Json.g.cs");

    private static string PropertyType(GeneratorRun run, string type, string property) =>
        ((IPropertySymbol)Type(run, type).GetMembers(property).Single()).Type.ToDisplayString();

    [Fact]
    public void A_discriminated_oneOf_is_an_abstract_base_with_sealed_derived_records_and_an_unknown_fallback()
    {
        var run = Generate("""
            schemas:
              Pet:
                oneOf:
                  - $ref: '#/components/schemas/Cat'
                  - $ref: '#/components/schemas/Dog'
                discriminator: {propertyName: petType, mapping: {kitty: '#/components/schemas/Cat'}}
              Cat: {type: object, required: [petType], properties: {petType: {type: string}, meow: {type: string}}}
              Dog: {type: object, required: [petType], properties: {petType: {type: string}}}
            """);

        var pet = Type(run, "Pet");
        Assert.True(pet.IsAbstract && pet.IsRecord);
        Assert.All(new[] { "Cat", "Dog", "UnknownPet" }, name =>
        {
            Assert.True(Type(run, name).IsSealed);
            Assert.Equal(pet, Type(run, name).BaseType, SymbolEqualityComparer.Default);
        });
        var json = JsonSource(run);
        Assert.Contains("case \"kitty\":", json, StringComparison.Ordinal); // the mapping
        Assert.Contains("case \"Dog\":", json, StringComparison.Ordinal); // implicit: the schema name
        Assert.DoesNotContain("case \"Cat\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_records_may_extend_the_discriminated_oneOf_that_lists_them()
    {
        // The OpenAPI specification's own example: the base lists its subtypes and they extend it.
        var run = Generate("""
            schemas:
              Pet:
                type: object
                required: [petType]
                properties: {petType: {type: string}}
                oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                discriminator: {propertyName: petType}
              Cat:
                allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {meow: {type: string}}}]
              Dog:
                allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {woof: {type: string}}}]
            """);

        // The base's own properties are declared once, on it, as a Shape's are; the subtypes inherit them.
        Assert.True(Type(run, "Pet").IsAbstract);
        Assert.Equal("string?", PropertyType(run, "Pet", "PetType"));
        Assert.Empty(Type(run, "Cat").GetMembers("PetType"));
        Assert.Equal("string?", PropertyType(run, "Cat", "Meow"));
        Assert.Equal(Type(run, "Pet"), Type(run, "Dog").BaseType, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void A_discriminated_oneOf_base_holds_the_properties_no_alternative_declares_itself()
    {
        // Each alternative types petType as it says (an enum of its own value); the base's name is every subtype's.
        var run = Generate("""
            schemas:
              Pet:
                type: object
                properties: {petType: {type: string}, name: {type: string}}
                oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                discriminator: {propertyName: petType, mapping: {cat: Cat, dog: Dog}}
              Cat:
                type: object
                properties: {petType: {type: string, enum: [cat]}, lives: {type: integer}}
              Dog:
                allOf:
                  - type: object
                    properties: {petType: {type: string, enum: [dog]}}
              Toy:
                description: Lists only what every alternative declares (Okta's OrgContactTypeObj); no property is the base's.
                type: object
                properties: {kind: {type: string}}
                oneOf: [{$ref: '#/components/schemas/Ball'}, {$ref: '#/components/schemas/Kite'}]
                discriminator: {propertyName: kind}
              Ball: {type: object, properties: {kind: {type: string}, size: {type: integer}}}
              Kite: {type: object, properties: {kind: {type: string}}}
            """);

        Assert.Empty(Type(run, "Toy").GetMembers("Kind"));
        Assert.Equal("string?", PropertyType(run, "Kite", "Kind"));
        Assert.Equal("string?", PropertyType(run, "Pet", "Name"));
        Assert.Empty(Type(run, "Pet").GetMembers("PetType"));
        Assert.Equal("Contoso.Consumer.CatPetType?", PropertyType(run, "Cat", "PetType"));
        Assert.Equal("Contoso.Consumer.DogPetType?", PropertyType(run, "Dog", "PetType"));
        Assert.Empty(Type(run, "Cat").GetMembers("Name")); // inherited
    }

    [Fact]
    public void A_derived_record_writes_the_value_naming_it_when_its_discriminator_is_null()
    {
        var run = Generate("""
            schemas:
              Pet:
                oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Owl'}]
                discriminator: {propertyName: petType, mapping: {kitty: Cat, puss: Cat}}
              PetType: {type: string, enum: [Dog, cat]}
              Cat: {type: object, properties: {petType: {type: string}}}
              Dog: {type: object, properties: {petType: {$ref: '#/components/schemas/PetType'}}}
              Owl: {type: object, required: [petType], properties: {petType: {type: string}}}
              Toy: {type: object, properties: {kind: {type: string}}, discriminator: {propertyName: kind}}
              Ball:
                allOf: [{$ref: '#/components/schemas/Toy'}, {type: object, properties: {size: {type: integer}}}]
              BigBall:
                allOf: [{$ref: '#/components/schemas/Ball'}, {type: object, properties: {bounce: {type: boolean}}}]
            """);

        var json = JsonSource(run);
        Assert.Contains("Properties.WriteString(writer, 0, value.PetType ?? \"kitty\");", json, StringComparison.Ordinal); // the first mapping entry
        Assert.Contains("Properties.WriteWith(writer, 0, value.PetType ?? new global::Contoso.Consumer.PetType(\"Dog\"), global::Contoso.Consumer.PetTypeJsonConverter.Instance, options);", json, StringComparison.Ordinal);
        Assert.Contains("Properties.WriteString(writer, 0, value.Kind ?? \"Ball\");", json, StringComparison.Ordinal); // the schema's name
        Assert.Contains("Properties.WriteString(writer, 0, value.PetType);", json, StringComparison.Ordinal); // Owl's: required, the caller's to set
        Assert.Contains("Properties.WriteOptionalString(writer, 0, value.Kind);", json, StringComparison.Ordinal); // BigBall is no Toy
    }

    [Theory]
    [InlineData("Pet", "{oneOf: [{$ref: '#/components/schemas/Cat'}, {type: string}], discriminator: {propertyName: petType}}")] // not all records
    [InlineData("OwnerPet", null)] // inline
    public void A_discriminator_that_cannot_be_a_hierarchy_picks_the_union_alternative(string union, string? petSchema)
    {
        var run = Generate("""
            schemas:
              Owner:
                type: object
                properties:
                  pet:
                    oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                    discriminator: {propertyName: petType, mapping: {woof: Dog}}
              Cat: {type: object, required: [petType], properties: {petType: {type: string}}}
              Dog: {type: object, required: [petType], properties: {petType: {type: string}}}
              Pet:
            """ + "\n    " + (petSchema ?? "{type: object, properties: {petType: {type: string}}}"));

        Assert.Equal(TypeKind.Class, Type(run, union).TypeKind);
        var json = JsonSource(run);
        Assert.Contains("case \"woof\":", json, StringComparison.Ordinal);
        Assert.Contains("case \"Cat\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_oneOf_of_constraints_only_is_the_record_it_constrains()
    {
        var run = Generate("""
            schemas:
              Contact:
                type: object
                properties: {email: {type: string}, phone: {type: string}}
                oneOf: [{required: [email]}, {required: [phone]}]
            """);

        Assert.True(Type(run, "Contact").IsRecord);
        Assert.Equal("string?", PropertyType(run, "Contact", "Email"));
    }

    [Fact]
    public void A_oneOf_whose_alternatives_only_narrow_listed_properties_is_the_record_they_narrow()
    {
        // Xero Payroll UK's NICategory: a union of two one-property records dropped its required workplacePostcode.
        var run = Generate("""
            schemas:
              NICategory:
                type: object
                required: [niCategory, workplacePostcode]
                properties:
                  niCategory: {type: string, enum: [A, F, V]}
                  workplacePostcode: {type: string}
                  dateFirstEmployedAsCivilian: {type: string, format: date}
                oneOf:
                  - {required: [workplacePostcode], properties: {niCategory: {enum: [F]}}}
                  - {required: [dateFirstEmployedAsCivilian], properties: {niCategory: {enum: [V]}}}
            """);

        Assert.True(Type(run, "NICategory").IsRecord);
        Assert.Equal("string", PropertyType(run, "NICategory", "WorkplacePostcode"));
        Assert.Equal("System.DateOnly?", PropertyType(run, "NICategory", "DateFirstEmployedAsCivilian"));
    }

    [Fact]
    public void Narrowing_alternatives_that_allow_additional_properties_still_narrow_the_one_record()
    {
        // GitHub's check-run update: anyOf: [{properties: {status: {enum: [completed]}}, required: [conclusion],
        // additionalProperties: true}, ...] beside the properties it narrows (additionalProperties: true allows nothing more).
        var run = Generate("""
            schemas:
              CheckRunUpdate:
                type: object
                properties:
                  status: {type: string, enum: [queued, in_progress, completed]}
                  conclusion: {type: string}
                anyOf:
                  - {properties: {status: {enum: [completed]}}, required: [conclusion], additionalProperties: true}
                  - {properties: {status: {enum: [queued, in_progress]}}, additionalProperties: {}}
            """);

        Assert.True(Type(run, "CheckRunUpdate").IsRecord);
        Assert.Equal("string?", PropertyType(run, "CheckRunUpdate", "Conclusion"));
    }

    [Fact]
    public void Properties_beside_a_oneOf_are_read_once_and_held_by_every_object_alternative()
    {
        var run = Generate("""
            schemas:
              Owner: {type: object, required: [id], properties: {id: {type: string}}}
              Thing:
                type: object
                required: [uid]
                properties:
                  uid: {type: string}
                  state: {type: string, enum: [on, off]}
                  parts: {type: array, items: {$ref: '#/components/schemas/Thing'}}
                oneOf:
                  - {type: object, properties: {kind: {type: string, const: lamp}, watts: {type: integer}}}
                  - {type: object, properties: {kind: {type: string, const: fan}}}
                  - {$ref: '#/components/schemas/Owner'}
                  - {type: string}
                  - {required: [state]}
            """);

        Assert.Equal("string", PropertyType(run, "ThingLamp", "Uid"));
        Assert.Equal("Contoso.Consumer.ThingState?", PropertyType(run, "ThingLamp", "State"));
        Assert.Equal("Contoso.Consumer.ThingState?", PropertyType(run, "ThingFan", "State"));
        Assert.Equal("string", PropertyType(run, "ThingOwner", "Uid"));
        Assert.Equal("string", PropertyType(run, "ThingOwner", "Id"));
        Assert.Equal("Contoso.Consumer.ThingState", PropertyType(run, "ThingOption5", "State")); // it requires what is listed beside
        Assert.True(((IPropertySymbol)Type(run, "ThingLamp").GetMembers("Uid").Single()).IsRequired);
        Assert.Empty(Type(run, "Owner").GetMembers("Uid")); // the component itself is as it is elsewhere
        Assert.DoesNotContain(run.Sources, s => s.Text.Contains("ThingLampState", StringComparison.Ordinal) || s.Text.Contains("ThingOption1", StringComparison.Ordinal));
        Assert.True(Type(run, "Thing").GetMembers("IsString").Any());
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Contoso.Consumer.Thing>?", PropertyType(run, "ThingFan", "Parts")); // it may hold itself
    }

    [Fact]
    public void Inline_alternatives_without_a_tag_are_named_after_their_titles_where_those_tell_them_apart()
    {
        // GitHub's ruleset conditions: each inline alternative has its title; PayPal repeats titles (then the property
        // only each lists names them, else they are numbered).
        var run = Generate("""
            schemas:
              Conditions:
                oneOf:
                  - {type: object, title: repository_name_and_ref_name, properties: {refName: {type: string}}}
                  - {type: object, title: Repository Id, properties: {repositoryId: {type: integer}}}
                  - {type: object, title: same, properties: {a: {type: string}}}
                  - {type: object, title: Same, properties: {b: {type: string}}}
                  - {type: object, properties: {c: {type: string}}}
                  - {type: object, properties: {a: {type: string}}}
            """);

        Assert.Equal("string?", PropertyType(run, "ConditionsRepositoryNameAndRefName", "RefName"));
        Assert.Equal("int?", PropertyType(run, "ConditionsRepositoryId", "RepositoryId"));
        Assert.Equal("string?", PropertyType(run, "ConditionsOption3", "A")); // another lists a: numbered
        Assert.Equal("string?", PropertyType(run, "ConditionsB", "B"));
        Assert.Equal("string?", PropertyType(run, "ConditionsC", "C"));
        Assert.Equal("string?", PropertyType(run, "ConditionsOption6", "A"));
    }

    [Fact]
    public void Inline_allOf_alternatives_are_named_after_the_component_only_they_compose()
    {
        // GitHub's detailed repository rules: each alternative composes its rule with the ruleset info all share.
        var run = Generate("""
            schemas:
              Creation: {type: object, properties: {type: {type: string}}}
              Deletion: {type: object, properties: {type: {type: string}, force: {type: boolean}}}
              RulesetInfo: {type: object, properties: {rulesetId: {type: integer}}}
              RuleDetailed:
                oneOf:
                  - allOf: [{$ref: '#/components/schemas/Creation'}, {$ref: '#/components/schemas/RulesetInfo'}]
                  - allOf: [{$ref: '#/components/schemas/Deletion'}, {$ref: '#/components/schemas/RulesetInfo'}]
                  - {type: object, title: Other, properties: {note: {type: string}}}
            """);

        Assert.Equal("int?", PropertyType(run, "RuleDetailedCreation", "RulesetId"));
        Assert.Equal("bool?", PropertyType(run, "RuleDetailedDeletion", "Force"));
        Assert.Equal("string?", PropertyType(run, "RuleDetailedOther", "Note"));
    }

    [Fact]
    public void An_inline_alternative_of_one_string_is_named_after_it()
    {
        // OpenAI's hyperparameters: batch_size: oneOf: [{type: string, enum: [auto]}, {type: integer}] was ...BatchSizeOption1.
        var run = Generate("""
            schemas:
              Hyperparameters:
                type: object
                properties:
                  batchSize:
                    oneOf: [{type: string, enum: [auto]}, {type: integer}]
            """);

        Assert.Equal("Contoso.Consumer.HyperparametersBatchSize?", PropertyType(run, "Hyperparameters", "BatchSize"));
        Assert.NotNull(Type(run, "HyperparametersBatchSizeAuto").GetMembers("Auto").SingleOrDefault());
        Assert.True(Type(run, "HyperparametersBatchSize").GetMembers("IsHyperparametersBatchSizeAuto").Any());
    }

    [Fact]
    public void Inline_alternatives_without_another_name_are_named_after_a_property_only_each_lists()
    {
        // GitHub's attestation deletion: oneOf: [{required: [subject_digests]}, {required: [attestation_ids]}] was
        // ...RequestOption1 and ...Option2. A required property first; one a referenced alternative lists is no one's own.
        var run = Generate("""
            schemas:
              Digest: {type: object, properties: {sha: {type: string}}}
              Deletion:
                type: object
                oneOf:
                  - {properties: {note: {type: string}, subject_digests: {type: array, items: {type: string}}}, required: [subject_digests]}
                  - {properties: {note: {type: string}, attestation_ids: {type: array, items: {type: integer}}}, required: [note, attestation_ids]}
                  - {properties: {note: {type: string}, reason: {type: string}}}
                  - {properties: {sha: {type: string}}}
                  - $ref: '#/components/schemas/Digest'
            """);

        Assert.Equal("System.Collections.Generic.IReadOnlyList<string>", PropertyType(run, "DeletionSubjectDigests", "SubjectDigests"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<int>", PropertyType(run, "DeletionAttestationIds", "AttestationIds")); // note is not its own
        Assert.Equal("string?", PropertyType(run, "DeletionReason", "Reason")); // no required one of its own: a listed one
        Assert.Equal("string?", PropertyType(run, "DeletionOption4", "Sha")); // Digest lists sha too: numbered
        Assert.True(Type(run, "Deletion").GetMembers("TryGetDeletionSubjectDigests").Any());
    }

    [Fact]
    public void A_lone_inline_alternative_beside_null_is_named_where_the_union_would_be()
    {
        // OpenAI's tool_resources: anyOf: [{type: object, ...}, {type: 'null'}] was AssistantToolResourcesOption1.
        var run = Generate("""
            schemas:
              Assistant:
                type: object
                properties:
                  toolResources:
                    anyOf:
                      - {type: object, properties: {fileIds: {type: array, items: {type: string}}}}
                      - {type: 'null'}
            """);

        Assert.Equal("Contoso.Consumer.AssistantToolResources?", PropertyType(run, "Assistant", "ToolResources"));
    }

    [Fact]
    public void A_component_of_a_lone_inline_record_or_enum_beside_null_is_that_type_of_the_components_name()
    {
        // OpenAI's ChatCompletionStreamOptions (anyOf: [{type: object, ...}, {type: 'null'}]) was a record named
        // ChatCompletionStreamOptionsOption1, and no type had the component's name.
        var run = Generate("""
            schemas:
              StreamOptions:
                anyOf:
                  - {type: object, properties: {includeUsage: {type: boolean}}}
                  - {type: 'null'}
              Mode:
                oneOf: [{type: string, enum: [fast, slow]}, {type: 'null'}]
              Node:
                anyOf:
                  - {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Node'}}}}
                  - {type: 'null'}
              Request:
                type: object
                properties:
                  streamOptions: {$ref: '#/components/schemas/StreamOptions'}
                  mode: {$ref: '#/components/schemas/Mode'}
                  tree: {$ref: '#/components/schemas/Node'}
            """);

        Assert.Equal("bool?", PropertyType(run, "StreamOptions", "IncludeUsage"));
        Assert.Equal("Contoso.Consumer.StreamOptions?", PropertyType(run, "Request", "StreamOptions"));
        Assert.Equal("Contoso.Consumer.Mode?", PropertyType(run, "Request", "Mode"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Contoso.Consumer.Node?>?", PropertyType(run, "Node", "Children"));
        Assert.DoesNotContain(run.Sources, s => s.Text.Contains("Option1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{enum: [created]}", "{enum: [deleted]}", "EventCreated", "EventDeleted")]
    [InlineData("{const: created}", "{type: string, enum: [deleted]}", "EventCreated", "EventDeleted")]
    [InlineData("{enum: [a-b]}", "{enum: [a_b]}", "EventAt", "EventBy")] // the same name: the property only each lists
    [InlineData("{enum: [created, updated]}", "{enum: [deleted]}", "EventAt", "EventBy")] // not one value each
    public void Inline_alternatives_are_named_after_the_tag_that_tells_them_apart(string first, string second, string firstName, string secondName)
    {
        var run = Generate("""
            schemas:
              Event:
                oneOf:
                  - {type: object, properties: {type: FIRST, at: {type: string}}}
                  - {type: object, properties: {type: SECOND, by: {type: string}}}
            """.Replace("FIRST", first, StringComparison.Ordinal).Replace("SECOND", second, StringComparison.Ordinal));

        Assert.Equal("string?", PropertyType(run, firstName, "At"));
        Assert.Equal("string?", PropertyType(run, secondName, "By"));
    }

    [Fact]
    public void An_empty_string_enum_alternative_is_a_string()
    {
        var run = Generate("""
            schemas:
              Cat: {type: object, properties: {name: {type: string}}}
              Owner:
                type: object
                properties:
                  pet:
                    anyOf: [{$ref: '#/components/schemas/Cat'}, {type: string, enum: ['']}]
            """);

        Assert.Equal("string?", PropertyType(run, "OwnerPet", "String"));
    }

    [Fact]
    public void An_object_of_empty_properties_is_free_form_unless_it_allows_no_property()
    {
        // Mollie's metadata: 'properties: {}' lists no property, so the object is type: object alone, the raw JSON.
        var run = Generate("""
            schemas:
              Metadata:
                oneOf:
                  - type: string
                  - {type: object, properties: {}, additionalProperties: true}
              Counts: {type: object, properties: {}, additionalProperties: {type: integer}}
              Nothing: {type: object, properties: {}, additionalProperties: false}
              Holder:
                type: object
                properties:
                  loose: {type: object, properties: {}}
                  counts: {$ref: '#/components/schemas/Counts'}
            """);

        var metadata = Type(run, "Metadata");
        Assert.Equal(["FromJson", "FromString"], metadata.GetMembers().Where(m => m.Name.StartsWith("From", StringComparison.Ordinal)).Select(m => m.Name).Order());
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.MetadataOption2"));
        Assert.Equal("System.Text.Json.JsonElement?", PropertyType(run, "Holder", "Loose"));
        Assert.Equal("System.Collections.Generic.IReadOnlyDictionary<string, int>?", PropertyType(run, "Holder", "Counts"));
        Assert.True(Type(run, "Nothing").IsRecord); // an object that is always empty: a record of no property
    }

    [Fact]
    public void The_open_enum_idiom_of_a_string_or_listed_values_is_the_enum_itself()
    {
        // anyOf [string, enum]: "one of these, or any other string" (OpenAI's model names, 40 times in its spec). A
        // generated enum keeps values it does not list, so the idiom is the enum: inline, as a component (of the
        // component's name), through a $ref to a component enum (that enum), nullable; an empty-string enum stays a string.
        var run = Generate("""
            schemas:
              ModelIds:
                anyOf: [{type: string}, {type: string, enum: [gpt-4o, o3]}]
              ChatModel: {type: string, enum: [gpt-5, gpt-5-mini]}
              ModelIdsShared:
                anyOf: [{type: string}, {$ref: '#/components/schemas/ChatModel'}]
              Request:
                type: object
                required: [model]
                properties:
                  model: {$ref: '#/components/schemas/ModelIds'}
                  shared: {$ref: '#/components/schemas/ModelIdsShared'}
                  voice:
                    anyOf: [{type: string}, {type: string, enum: [alloy, echo]}, {type: 'null'}]
                  size:
                    oneOf: [{type: string, description: any size}, {type: string, enum: [small, large]}]
                  unset:
                    anyOf: [{type: string}, {type: string, enum: ['']}]
            """);

        Assert.Equal("Contoso.Consumer.ModelIds", PropertyType(run, "Request", "Model"));
        Assert.NotNull(Type(run, "ModelIds").GetMembers("O3").SingleOrDefault());
        Assert.Equal("Contoso.Consumer.ChatModel?", PropertyType(run, "Request", "Shared"));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ModelIdsShared"));
        Assert.Equal("Contoso.Consumer.RequestVoice?", PropertyType(run, "Request", "Voice"));
        Assert.Equal("Contoso.Consumer.RequestSize?", PropertyType(run, "Request", "Size"));
        Assert.True(Type(run, "RequestSize").IsValueType);
        Assert.Equal("string?", PropertyType(run, "Request", "Unset"));
        Assert.DoesNotContain(run.Sources, s => s.Text.Contains("Option2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_allOf_of_one_primitive_beside_annotations_is_that_primitive()
    {
        // Found in Oxide's spec by a sweep of unseen specs: a documented scalar written as allOf [{type: string, format:
        // uuid}] was an empty record (its JSON string could never be read), and a union of two such was "a union with an
        // object", so every parameter of it, and 137 operations, were left out.
        var run = Generate("""
            schemas:
              Name: {type: string, pattern: '^[a-z]+$'}
              NameOrId:
                oneOf:
                  - {title: id, allOf: [{type: string, format: uuid}]}
                  - {title: name, allOf: [{$ref: '#/components/schemas/Name'}]}
              ByteCount:
                description: A size.
                allOf: [{type: integer, format: int64}, {minimum: 0}]
              Thing:
                type: object
                required: [id]
                properties:
                  id: {description: The id., allOf: [{type: string, format: uuid}]}
                  size: {$ref: '#/components/schemas/ByteCount'}
                  note: {allOf: [{type: string}, {nullable: true}]}
                  owner: {$ref: '#/components/schemas/NameOrId'}
            """);

        Assert.Equal("System.Guid", PropertyType(run, "Thing", "Id"));
        Assert.Equal("long?", PropertyType(run, "Thing", "Size"));
        Assert.Equal("string?", PropertyType(run, "Thing", "Note"));
        Assert.Equal(["Guid", "String", "Json"], Type(run, "NameOrId").GetMembers().Where(m => m.Name.StartsWith("From", StringComparison.Ordinal)).Select(m => m.Name["From".Length..]));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ThingId"));
    }

    [Fact]
    public void A_base_extended_with_allOf_declares_its_properties_once_and_optional()
    {
        var run = Generate("""
            schemas:
              Shape:
                type: object
                required: [kind, label]
                properties: {kind: {type: string}, label: {type: string}, secret: {type: string, format: password}}
                discriminator: {propertyName: kind}
              Circle:
                allOf:
                  - $ref: '#/components/schemas/Shape'
                  - {type: object, required: [radius], properties: {radius: {type: number}, label: {type: string, description: Its own.}}}
              Plain: {type: object, properties: {id: {type: string}}}
            """);

        Assert.True(Type(run, "Shape").IsAbstract);
        Assert.Equal("string?", PropertyType(run, "Shape", "Label"));
        Assert.Empty(Type(run, "Circle").GetMembers("Label")); // inherited, not redeclared
        Assert.Empty(Type(run, "Circle").GetMembers("UndocumentedProperties"));
        Assert.Equal("double", PropertyType(run, "Circle", "Radius"));
        Assert.False(Type(run, "Plain").BaseType!.IsRecord);
    }

    [Fact]
    public void A_property_any_allOf_part_lists_as_required_is_required_whichever_part_defines_it()
    {
        // Mollie's settlement: the base lists its readOnly id and _links as required; the composer redefines _links
        // as a schema that travels both ways (still required: allOf applies both parts), id as one still readOnly.
        var run = Generate("""
            schemas:
              SettlementId: {type: string, readOnly: true}
              Links: {type: object, properties: {self: {type: string}}}
              Base:
                type: object
                required: [id, _links, status]
                properties:
                  id: {type: string, readOnly: true}
                  _links: {type: object, readOnly: true}
                  status: {type: string}
                  reference: {type: string}
              Settlement:
                allOf:
                  - $ref: '#/components/schemas/Base'
                  - required: [reference]
                    properties:
                      id: {$ref: '#/components/schemas/SettlementId'}
                      _links: {$ref: '#/components/schemas/Links'}
            """);

        bool IsRequired(string property) => ((IPropertySymbol)Type(run, "Settlement").GetMembers(property).Single()).IsRequired;
        Assert.Equal([false, true, true, true], new[] { "Id", "Links", "Status", "Reference" }.Select(IsRequired));
        Assert.Equal("Contoso.Consumer.Links", PropertyType(run, "Settlement", "Links"));
        Assert.False(((IPropertySymbol)Type(run, "Base").GetMembers("Links").Single()).IsRequired); // readOnly there
    }

    [Theory]
    [InlineData("oneOf: [{$ref: '#/components/schemas/Cat'}, {type: 'null'}]", "Contoso.Consumer.Cat?")]
    [InlineData("anyOf: [{$ref: '#/components/schemas/Cat'}, {type: 'null'}]", "Contoso.Consumer.Cat?")]
    [InlineData("{nullable: true, allOf: [{$ref: '#/components/schemas/Cat'}]}", "Contoso.Consumer.Cat?")]
    [InlineData("oneOf: [{$ref: '#/components/schemas/Cat'}]", "Contoso.Consumer.Cat?")]
    [InlineData("oneOf: [{type: string}, {type: string, maxLength: 3}]", "string?")]
    [InlineData("oneOf: [{type: object}, {}]", "System.Text.Json.JsonElement?")]
    public void A_oneOf_of_one_type_is_that_type(string schema, string expected)
    {
        var pet = schema.StartsWith('{') ? schema : "{" + schema + "}";
        var run = Generate("""
            schemas:
              Cat: {type: object, properties: {name: {type: string}}}
              Owner:
                type: object
                properties:
                  pet: 
            """ + pet);

        Assert.Equal(expected, PropertyType(run, "Owner", "Pet"));
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".Unions.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_or_object_is_a_union_with_an_accessor_and_a_conversion_per_alternative()
    {
        var run = Generate("""
            schemas:
              Customer: {type: object, required: [id], properties: {id: {type: string}}}
              Charge:
                type: object
                properties:
                  customer:
                    anyOf: [{type: string}, {$ref: '#/components/schemas/Customer'}]
            """);

        Assert.Equal("Contoso.Consumer.ChargeCustomer?", PropertyType(run, "Charge", "Customer"));
        var union = Type(run, "ChargeCustomer");
        Assert.True(union.IsSealed);
        Assert.Equal("string?", PropertyType(run, "ChargeCustomer", "String"));
        Assert.Equal("Contoso.Consumer.Customer?", PropertyType(run, "ChargeCustomer", "Customer"));
        Assert.Equal(2, union.GetMembers("op_Implicit").Length);
        Assert.All(new[] { "IsString", "TryGetString", "FromString", "IsCustomer", "TryGetCustomer", "FromCustomer", "Json", "FromJson", "Match", "Switch" }, member => Assert.NotEmpty(union.GetMembers(member)));
    }

    [Fact]
    public void Every_kind_of_alternative_compiles()
    {
        var run = Generate("""
            schemas:
              Color: {type: string, enum: [red, green]}
              Value:
                oneOf:
                  - {type: string, format: date-time}
                  - {type: string, format: date}
                  - {type: string, format: uuid}
                  - {$ref: '#/components/schemas/Color'}
                  - {type: string, enum: [small, large]}
                  - {type: integer}
                  - {type: number, format: decimal}
                  - {type: boolean}
                  - {type: array, items: {$ref: '#/components/schemas/Color'}}
                  - {type: object, additionalProperties: {type: integer}}
                  - {type: object, required: [x], properties: {x: {type: integer}}}
                  - {}
            """);

        var union = Type(run, "Value");
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Contoso.Consumer.Color>?", PropertyType(run, "Value", "ListOfColor"));
        Assert.Equal("Contoso.Consumer.ValueOption5?", PropertyType(run, "Value", "ValueOption5")); // the inline enum
        Assert.Equal("Contoso.Consumer.ValueX?", PropertyType(run, "Value", "ValueX")); // the inline record, after its own property
        Assert.Equal(9, union.GetMembers("op_Implicit").Length); // lists and maps have none: they are interfaces
    }

    [Fact]
    public void Records_are_told_apart_by_the_values_they_alone_list_and_other_enums_stay_open()
    {
        var run = Generate("""
            schemas:
              Part:
                oneOf:
                  - $ref: '#/components/schemas/TextPart'
                  - $ref: '#/components/schemas/ImagePart'
                  - $ref: '#/components/schemas/FilePart'
              FileType: {type: string, enum: [file, document]}
              Status: {type: string, enum: [ok, failed]}
              TextPart: {type: object, properties: {type: {const: text}, status: {$ref: '#/components/schemas/Status'}, lang: {type: string, enum: [en]}}}
              ImagePart: {type: object, properties: {type: {type: string, enum: [image]}, status: {$ref: '#/components/schemas/Status'}}}
              FilePart: {type: object, properties: {type: {$ref: '#/components/schemas/FileType'}, status: {type: string, enum: [ok]}}}
            """);

        var json = JsonSource(run);
        Assert.Contains("var tag0 = global::Aiia.Codegen.Runtime.ApiComposition.FindString(reader, \"type\"u8);", json, StringComparison.Ordinal);
        Assert.Contains("if (tag0 is null or \"text\")", json, StringComparison.Ordinal); // a const
        Assert.Contains("if (tag0 is null or \"image\")", json, StringComparison.Ordinal);
        Assert.Contains("if (tag0 is null or \"file\" or \"document\")", json, StringComparison.Ordinal); // a component enum
        // status lists overlapping values, lang only one record lists: neither tells the records apart.
        Assert.DoesNotContain("tag1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_may_contain_itself()
    {
        var run = Generate("""
            schemas:
              Node:
                anyOf:
                  - {type: string}
                  - {type: array, items: {$ref: '#/components/schemas/Node'}}
              Tree:
                oneOf:
                  - {$ref: '#/components/schemas/Tree'}
                  - {type: integer}
            """);

        Assert.Equal("System.Collections.Generic.IReadOnlyList<Contoso.Consumer.Node>?", PropertyType(run, "Node", "ListOfNode"));
        Assert.Equal("int?", PropertyType(run, "Tree", "Int32")); // itself as an alternative: covered by the raw JSON
    }

    [Fact]
    public void Union_names_are_claimed_by_the_naming_pass()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", SpecYaml.Components("""
            schemas:
              Charge:
                type: object
                properties:
                  customer:
                    anyOf: [{type: string}, {type: integer}]
              ChargeCustomer: {type: object, properties: {id: {type: string}}}
              ChargeCustomerJsonConverter: {type: object, properties: {id: {type: string}}}
            """))]);

        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.Equal("Contoso.Consumer.ChargeCustomer2?", PropertyType(run, "Charge", "Customer"));
        Assert.Equal(TypeKind.Class, Type(run, "ChargeCustomer2").TypeKind);
    }

    [Fact]
    public void AReferenceWithPointerEscapesNamesTheComponentItEscapes()
    {
        // Found by specs built to break the generator: '#/components/schemas/pets~1Pet' was looked up as the key
        // 'pets~1Pet', missed, and was read as a pointer: Cat lost its base, and 'a~1b' got a second record AB2.
        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                pets/Pet:
                  type: object
                  required: [kind]
                  properties: {kind: {type: string}}
                  discriminator: {propertyName: kind}
                Cat:
                  allOf:
                    - $ref: '#/components/schemas/pets~1Pet'
                    - {type: object, properties: {purr: {type: boolean}}}
                a/b: {type: object, properties: {x: {type: string}}}
                c~d: {type: object, properties: {y: {type: string}}}
                e f: {type: object, properties: {z: {type: string}}}
                Holder:
                  type: object
                  properties:
                    ab: {$ref: '#/components/schemas/a~1b'}
                    cd: {$ref: '#/components/schemas/c~0d'}
                    ef: {$ref: '#/components/schemas/e%20f'}
            """)]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("PetsPet", Type(run, "Cat").BaseType!.Name);
        var holder = Type(run, "Holder");
        Assert.Equal(["AB", "CD", "EF"], holder.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name.Length == 2).Select(p => ((INamedTypeSymbol)p.Type).Name));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AB2"));
    }
}
