using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A property two <c>allOf</c> parts define is one property: a value fits both, so a redefinition that says less of
/// its type (free-form JSON, a plain string, a list of free-form objects) keeps the type the earlier part gave; one
/// that says something else wins, as before.
/// </summary>
public sealed class AllOfRedefinitionTests
{
    private static string PropertyType(string parts, string property)
    {
        var run = GeneratorHarness.RunClean(SpecFile.FromText("parts.openapi.yaml", SpecYaml.Components($$"""
            schemas:
              Issue:
                allOf:
            {{parts}}
            """)));
        var issue = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Issue")!;
        return issue.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
    }

    [Fact]
    public void A_list_of_free_form_objects_keeps_the_list_of_records_an_earlier_part_gave()
    {
        // GitHub's webhook issues: part one lists assignees as users, part two as nullable free-form objects.
        var type = PropertyType("""
                  - type: object
                    properties:
                      assignees: {type: array, items: {type: object, nullable: true, properties: {login: {type: string}}}}
                  - type: object
                    properties:
                      assignees: {type: array, items: {type: object, nullable: true}}
            """, "Assignees");

        Assert.Equal("System.Collections.Generic.IReadOnlyList<Contoso.Consumer.IssueAssigneesItem?>?", type);
    }

    [Fact]
    public void A_plain_string_keeps_the_enum_and_free_form_json_the_record_an_earlier_part_gave()
    {
        const string Parts = """
                  - type: object
                    properties:
                      state: {type: string, enum: [open, closed]}
                      user: {type: object, properties: {login: {type: string}}}
                  - type: object
                    properties:
                      state: {type: string, nullable: true}
                      user: {type: object}
            """;

        Assert.Equal("Contoso.Consumer.IssueState?", PropertyType(Parts, "State"));
        Assert.Equal("Contoso.Consumer.IssueUser?", PropertyType(Parts, "User"));
    }

    [Fact]
    public void A_redefinition_that_says_something_else_wins()
    {
        const string Parts = """
                  - type: object
                    properties:
                      state: {type: string, enum: [open, closed]}
                      count: {type: string}
                      user: {type: object}
                  - type: object
                    properties:
                      state: {type: integer}
                      count: {type: integer}
                      user: {type: object, properties: {login: {type: string}}}
            """;

        Assert.Equal("int?", PropertyType(Parts, "State"));
        Assert.Equal("int?", PropertyType(Parts, "Count"));
        Assert.Equal("Contoso.Consumer.IssueUser?", PropertyType(Parts, "User"));
    }
}
