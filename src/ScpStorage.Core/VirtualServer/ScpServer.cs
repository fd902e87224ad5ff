using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// A virtual server, as far as block storage needs it (ServerShowResponse, flattened: the
    /// nested wire shapes are read by the private members at the end and spread over the public
    /// properties; everything else keeps its snake_case name).
    /// </summary>
    public sealed class ScpServer : ScpResource
    {
        public string Id { get; internal set; } = "";
        public string? Name { get; internal set; }
        /// <summary>Server state in SCP's upper case: ACTIVE, SHUTOFF, BUILD, ERROR, ...</summary>
        public string? State { get; internal set; }
        /// <summary>Server type name, e.g. s1v1m2.</summary>
        [JsonIgnore] public string? ServerType { get; internal set; }
        public string? ServerTypeId { get; internal set; }
        [JsonIgnore] public int? Vcpus { get; internal set; }
        /// <summary>Memory in GB.</summary>
        [JsonIgnore] public int? Ram { get; internal set; }
        /// <summary>Every IP address of every subnet, in payload order.</summary>
        [JsonIgnore] public ScpList<string> IpAddresses { get; internal set; } = new ScpList<string>();
        public string? VpcId { get; internal set; }
        /// <summary>virtual_server, gpu_server, k8s_vm or k8s_gpu_vm.</summary>
        public string? ProductOffering { get; internal set; }
        /// <summary>compute or container.</summary>
        public string? ProductCategory { get; internal set; }
        public string? ImageId { get; internal set; }
        public string? KeypairName { get; internal set; }
        public string? AutoScalingGroupId { get; internal set; }
        public string? ServerGroupId { get; internal set; }
        public bool Locked { get; internal set; }
        [JsonIgnore] public ScpList<string> SecurityGroups { get; internal set; } = new ScpList<string>();
        /// <summary>Ids of the attached volumes.</summary>
        [JsonIgnore] public ScpList<string> VolumeIds { get; internal set; } = new ScpList<string>();
        public string? AccountId { get; internal set; }
        public DateTimeOffset? CreatedAt { get; internal set; }
        public DateTimeOffset? ModifiedAt { get; internal set; }
        /// <summary>Server metadata; null when absent (SCP's example sends "" instead of an object).</summary>
        [JsonConverter(typeof(ScpPlainDictionaryConverter))]
        public ScpMap<object?>? Metadata { get; internal set; }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";

        // ---- wire shapes ----------------------------------------------------------------------

        [JsonProperty("status")]
        private string? StatusAlias { set { if (State == null) State = value; } }

        /// <summary>server_type: an object, or in some payloads the bare type name.</summary>
        [JsonProperty("server_type"), JsonConverter(typeof(NameOrObjectConverter<WireServerType>))]
        private WireServerType? ServerTypeWire
        {
            set
            {
                if (value == null) return;
                ServerType = value.Name;
                if (value.Id != null) ServerTypeId = value.Id;
                Vcpus = value.Vcpus; Ram = value.Ram;
            }
        }

        [JsonProperty("addresses")]
        private WireAddress[]? AddressesWire
        {
            set => IpAddresses = (value ?? Array.Empty<WireAddress>())
                .SelectMany(a => a?.IpAddresses ?? Array.Empty<WireIp>())
                .Select(ip => ip?.IpAddress).Where(ip => !string.IsNullOrEmpty(ip)).Select(ip => ip!).ToScpList();
        }

        [JsonProperty("security_groups")]
        private WireNamed[]? SecurityGroupsWire
        {
            set => SecurityGroups = (value ?? Array.Empty<WireNamed>()).Select(g => g?.Name).Where(n => n != null).Select(n => n!).ToScpList();
        }

        [JsonProperty("volumes")]
        private WireNamed[]? VolumesWire
        {
            set => VolumeIds = (value ?? Array.Empty<WireNamed>()).Select(v => v?.Id).Where(id => id != null).Select(id => id!).ToScpList();
        }

        internal sealed class WireServerType : INamed
        {
            public string? Id { get; set; }
            public string? Name { get; set; }
            public int? Vcpus { get; set; }
            public int? Ram { get; set; }
        }

        internal sealed class WireAddress { public WireIp[]? IpAddresses { get; set; } }
        internal sealed class WireIp { public string? IpAddress { get; set; } }
        internal sealed class WireNamed { public string? Id { get; set; } public string? Name { get; set; } }

        internal interface INamed { string? Name { get; set; } }

        /// <summary>Reads an object as <typeparamref name="T"/>, or a bare string as a <typeparamref name="T"/> with only its name.</summary>
        internal sealed class NameOrObjectConverter<T> : ScpReadConverter where T : class, INamed, new()
        {
            public override bool CanConvert(Type objectType) => objectType == typeof(T);

            public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
            {
                switch (reader.TokenType)
                {
                    case JsonToken.StartObject: return serializer.Deserialize<T>(reader);
                    case JsonToken.String when !string.IsNullOrEmpty((string?)reader.Value): return new T { Name = (string?)reader.Value };
                    default: reader.Skip(); return null;
                }
            }
        }
    }
}
