using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aiia.Codegen.Benchmarks;

/// <summary>
/// Writes the large synthetic spec deterministically (same bytes on every machine and run): 110 resource groups with
/// five operations each (550 operations: list with query parameters, create with a body, get with a path and a header
/// parameter, update, delete without a body), 1,000 object schemas with $refs to each other (cycles included), 60 string
/// enums, arrays of scalars and of $refs, maps, and inline objects nested two levels deep, plus an error schema.
/// </summary>
internal static class LargeSpec
{
    public const int Groups = 110;
    public const int OperationsPerGroup = 5;
    public const int Resources = 1000;
    public const int Enums = 60;

    public static int Operations => Groups * OperationsPerGroup;

    public static int ComponentSchemas => Resources + Enums + 1;

    /// <summary>Writes the spec to <paramref name="path"/> unless the file already holds exactly this text.</summary>
    public static void EnsureWritten(string path)
    {
        string text = Build();
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written to a temporary file and moved, so a concurrent reader never sees half a spec.
        string temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Build()
    {
        var w = new StringBuilder(1 << 21);
        w.Append("""
            openapi: 3.0.3
            info:
              title: Large synthetic API
              version: "1.0.0"
              description: >-
                A synthetic document for benchmarks, written by `bench/Aiia.Codegen.Benchmarks large-spec`. Do not edit:
                run the command again.
            servers:
              - url: https://api.example.test
            security:
              - ApiKey: []
            paths:

            """);
        for (int g = 0; g < Groups; g++)
        {
            string group = G(g);
            string resource = R(g * 9 % Resources);
            w.Append(CultureInfo.InvariantCulture, $$"""
                  /v1/group{{group}}/items:
                    get:
                      operationId: listGroup{{group}}Items
                      summary: Lists the items of group {{group}}.
                      parameters:
                        - name: limit
                          in: query
                          description: The most items to return.
                          schema:
                            type: integer
                            format: int32
                            minimum: 1
                        - name: cursor
                          in: query
                          schema:
                            type: string
                        - name: status
                          in: query
                          schema:
                            $ref: '#/components/schemas/{{E(g % Enums)}}'
                      responses:
                        '200':
                          description: The items.
                          content:
                            application/json:
                              schema:
                                type: array
                                items:
                                  $ref: '#/components/schemas/{{resource}}'
                        default:
                          $ref: '#/components/responses/Error'
                    post:
                      operationId: createGroup{{group}}Item
                      summary: Creates an item in group {{group}}.
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/{{resource}}'
                      responses:
                        '201':
                          description: The created item.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/{{resource}}'
                        default:
                          $ref: '#/components/responses/Error'
                  /v1/group{{group}}/items/{itemId}:
                    parameters:
                      - $ref: '#/components/parameters/ItemId'
                    get:
                      operationId: getGroup{{group}}Item
                      parameters:
                        - name: X-Request-Id
                          in: header
                          required: false
                          schema:
                            type: string
                            format: uuid
                      responses:
                        '200':
                          description: The item.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/{{resource}}'
                        default:
                          $ref: '#/components/responses/Error'
                    put:
                      operationId: updateGroup{{group}}Item
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/{{R((g * 9 + 1) % Resources)}}'
                      responses:
                        '200':
                          description: The updated item.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/{{R((g * 9 + 1) % Resources)}}'
                        default:
                          $ref: '#/components/responses/Error'
                    delete:
                      operationId: deleteGroup{{group}}Item
                      responses:
                        '204':
                          description: Deleted.
                        default:
                          $ref: '#/components/responses/Error'

                """);
        }

        w.Append("""
            components:
              securitySchemes:
                ApiKey:
                  type: apiKey
                  in: header
                  name: X-Api-Key
              parameters:
                ItemId:
                  name: itemId
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                Error:
                  description: Any failure.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Problem'
              schemas:
                Problem:
                  type: object
                  required: [error]
                  properties:
                    error:
                      type: string
                    details:
                      type: object

            """);
        for (int e = 0; e < Enums; e++)
        {
            w.Append(CultureInfo.InvariantCulture, $$"""
                    {{E(e)}}:
                      type: string
                      description: Status set {{e}}.
                      enum: [active, inactive, pending-review, archived, state-{{e}}-a, state-{{e}}-b]

                """);
        }

        for (int i = 0; i < Resources; i++)
        {
            string amountFormat = i % 3 == 0 ? "decimal" : "double";
            w.Append(CultureInfo.InvariantCulture, $$"""
                    {{R(i)}}:
                      type: object
                      description: Synthetic resource {{i}}.
                      required: [id, name, status]
                      properties:
                        id:
                          type: string
                          format: uuid
                        name:
                          type: string
                          description: The name of resource {{i}}.
                        status:
                          $ref: '#/components/schemas/{{E(i % Enums)}}'
                        count:
                          type: integer
                          format: int64
                        amount:
                          type: number
                          format: {{amountFormat}}
                        createdAt:
                          type: string
                          format: date-time
                        validUntil:
                          type: string
                          format: date
                          nullable: true
                        secret:
                          type: string
                          format: password
                        tags:
                          type: array
                          items:
                            type: string
                        owner:
                          $ref: '#/components/schemas/{{R((i * 7 + 1) % Resources)}}'
                        children:
                          type: array
                          items:
                            $ref: '#/components/schemas/{{R((i * 13 + 5) % Resources)}}'
                        attributes:
                          type: object
                          additionalProperties:
                            type: integer
                            format: int32
                        details:
                          type: object
                          required: [level]
                          properties:
                            note:
                              type: string
                            level:
                              type: integer
                            position:
                              type: object
                              properties:
                                x:
                                  type: number
                                y:
                                  type: number

                """);
        }

        return w.ToString();
    }

    private static string G(int g) => g.ToString("D3", CultureInfo.InvariantCulture);

    private static string R(int i) => "Resource" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static string E(int e) => "Status" + e.ToString("D2", CultureInfo.InvariantCulture);
}
