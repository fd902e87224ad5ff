using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;

namespace ScpStorage.Core.Paging
{
    /// <summary>What a page said besides its items (known once the page has been read to the end).</summary>
    internal sealed class ScpPageFacts
    {
        public int Received;
        public int? Count;
        public bool? IsTruncated;
        public string? Marker;
    }

    /// <summary>
    /// Reads one list page token by token: each item is decoded and handed out as soon as it is
    /// read, so no JObject is built for the page or the items. <c>count</c>/<c>total_count</c>,
    /// <c>is_truncated</c> and <c>marker</c> are read tolerantly wherever they appear.
    /// </summary>
    internal static class ScpPageReader
    {
        public static IEnumerable<T> Items<T>(string body, string itemsProperty, ScpPageFacts facts) where T : class
        {
            if (string.IsNullOrWhiteSpace(body)) yield break;
            using (var reader = ScpJson.Reader(new StringReader(body)))
            {
                if (!reader.Read() || reader.TokenType != JsonToken.StartObject) yield break;
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    var name = (string)reader.Value!;
                    reader.Read();
                    if (name == itemsProperty && reader.TokenType == JsonToken.StartArray)
                    {
                        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                        {
                            if (reader.TokenType != JsonToken.StartObject) { reader.Skip(); continue; }
                            var item = ScpJson.Read<T>(reader);
                            facts.Received++;
                            if (item != null) yield return item;
                        }
                    }
                    else if (name == "count" || name == "total_count")
                        facts.Count = (int?)ScpNumberConverter.Instance.ReadJson(reader, typeof(int?), facts.Count, ScpJson.Serializer);
                    else if (name == "is_truncated")
                        facts.IsTruncated = (bool?)ScpBooleanConverter.Instance.ReadJson(reader, typeof(bool?), null, ScpJson.Serializer);
                    else if (name == "marker" || name == "next_marker")
                        facts.Marker = (string?)ScpStringConverter.Instance.ReadJson(reader, typeof(string), facts.Marker, ScpJson.Serializer);
                    else
                        reader.Skip();
                }
            }
        }
    }
}
