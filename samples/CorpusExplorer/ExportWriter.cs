using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusExplorer.Corpus;
using CorpusSdk;

namespace CorpusExplorer;

/// <summary>Writes the corpus as JSON in the schema of the evaluation's README (camelCase, UTF-8).</summary>
internal static class ExportWriter
{
    public static void Write(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var a in Articles.All) WriteArticle(json, a);
        json.WriteEndArray();
        json.WriteStartArray("people");
        foreach (var p in Corpus.People.All)
        {
            json.WriteStartObject();
            json.WriteString("id", p.Id);
            json.WriteString("name", p.Name);
            Strings(json, "aliases", p.Aliases);
            Strings(json, "articles", p.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Article a)
    {
        json.WriteStartObject();
        json.WriteString("id", a.Id);
        json.WriteString("file", a.File);
        json.WriteString("source", a.Source.Name);
        json.WriteString("published", a.Published.ToString());
        json.WriteString("headline", a.Headline);
        json.WriteString("dateline", a.Dateline);
        Strings(json, "paragraphs", a.Paragraphs);
        Strings(json, "subheadings", a.Subheadings);
        json.WriteStartArray("captions");
        foreach (var c in a.Captions)
        {
            json.WriteStartObject();
            json.WriteString("text", c.Text);
            json.WriteString("credit", c.Credit);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("credits");
        foreach (var c in a.Credits)
        {
            json.WriteStartObject();
            json.WriteString("role", c.Role.ToString().ToLowerInvariant());
            json.WriteString("name", c.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", q.Text);
            json.WriteString("speaker", q.Speaker?.Name);
            json.WriteString("speakerDescription", q.SpeakerDescription);
            json.WriteBoolean("partial", q.IsPartial);
            json.WriteNumber("paragraph", q.Paragraph);
            json.WriteNumber("line", q.Line);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("people");
        foreach (var p in a.People)
        {
            json.WriteStartObject();
            json.WriteString("name", p.Person.Name);
            Strings(json, "mentions", p.Mentions);
            Strings(json, "titles", p.Titles);
            json.WriteStartArray("roles");
            foreach (PersonRoles role in Enum.GetValues(typeof(PersonRoles)))
                if (role != PersonRoles.None && p.Roles.HasFlag(role)) json.WriteStringValue(role.ToString().ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
