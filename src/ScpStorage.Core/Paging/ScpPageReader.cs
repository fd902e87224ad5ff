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

        /// <summary>Forget what a page that broke off said, before it is read again.</summary>
        public void Reset() { Received = 0; Count = null; IsTruncated = null; Marker = null; }
    }

    /// <summary>
    /// Reads one list page token by token: each item is decoded and handed out as soon as it is
    /// read, so no JObject is built for the page or the items. <c>count</c>/<c>total_count</c>,
    /// <c>is_truncated</c> and <c>marker</c> are read tolerantly wherever they appear.
    /// </summary>
    internal static class ScpPageReader
    {
        /// <param name="body">The answer's text, read as far as needed (a network stream: as it arrives).</param>
        public static IEnumerable<T> Items<T>(TextReader body, string itemsProperty, ScpPageFacts facts) where T : class
        {
            using (var reader = ScpJson.Reader(body))
            {
                reader.CloseInput = false; // the body's owner closes it
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
