using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// A list of strings that SCP sometimes sends as something else: the List Volumes example
    /// renders <c>iscsi_target_ips</c> as its schema object (seed 003 line 12205). An array is a
    /// list; anything else is null, never a failure.
    /// </summary>
    internal sealed class BmStringListConverter : ScpReadConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(ScpList<string>);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType != JsonToken.StartArray)
            {
                reader.Skip();
                return null;
            }
            var list = new ScpList<string>();
            foreach (var item in JArray.Load(reader))
                if (item.Type != JTokenType.Null) list.Add(item.ToString());
            return list;
        }
    }
}
