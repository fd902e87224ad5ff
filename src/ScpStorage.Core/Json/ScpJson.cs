using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ScpStorage.Core
{
    /// <summary>
    /// JSON settings shared by every client: snake_case names on the wire, nulls left out of
    /// request bodies, dates kept as strings so <see cref="ScpDates"/> decides how to read them.
    /// </summary>
    public static class ScpJson
    {
        public static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
            NullValueHandling = NullValueHandling.Ignore,
            DateParseHandling = DateParseHandling.None,
            MissingMemberHandling = MissingMemberHandling.Ignore,
        };

        public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

        /// <summary>Parses response text without turning date strings into DateTime.</summary>
        public static Newtonsoft.Json.Linq.JToken Parse(string text)
        {
            using (var reader = new JsonTextReader(new System.IO.StringReader(text)) { DateParseHandling = DateParseHandling.None })
                return Newtonsoft.Json.Linq.JToken.ReadFrom(reader);
        }
    }
}
