using System;
using Newtonsoft.Json;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>One quota row (VolumeQuotaSetObject).</summary>
    public sealed class ScpQuotaUsage
    {
        /// <summary>The row's field name in the quota set: volumes, snapshots, usages, per_volume_size.</summary>
        [JsonIgnore]
        public string Name { get; internal set; } = "";
        public long InUse { get; internal set; }
        public long Limit { get; internal set; }
        public long Reserved { get; internal set; }
        /// <summary>Limit minus in-use and reserved; null when the limit is unlimited (negative).</summary>
        public long? Available => Limit < 0 ? (long?)null : Limit - InUse - Reserved;

        internal static ScpQuotaUsage Empty(string name) => new ScpQuotaUsage { Name = name };

        public override string ToString() => $"{InUse}/{(Limit < 0 ? "unlimited" : Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

        /// <summary>A row as an object, or a bare number meaning the limit (Cinder's flat quota-set shape).</summary>
        internal sealed class RowConverter : ScpReadConverter
        {
            public override bool CanConvert(Type objectType) => objectType == typeof(ScpQuotaUsage);

            public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
            {
                var row = existingValue as ScpQuotaUsage ?? new ScpQuotaUsage();
                if (reader.TokenType == JsonToken.StartObject) serializer.Populate(reader, row);
                else row.Limit = (long?)ScpNumberConverter.Instance.ReadJson(reader, typeof(long?), null, serializer) ?? 0;
                return row;
            }
        }
    }
}
