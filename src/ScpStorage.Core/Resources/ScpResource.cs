using System.Collections.Generic;
using Newtonsoft.Json;
using ScpStorage.Core.Config;

namespace ScpStorage.Core
{
    /// <summary>
    /// Base of every model a client returns, whatever the service: where the object came from
    /// (service, region, environment), so a piped object is sent back to the same place.
    /// </summary>
    public abstract class ScpResource
    {
        /// <summary>The SCP service name, e.g. <c>virtualserver</c>.</summary>
        [JsonIgnore] public string Service { get; internal set; } = "";
        /// <summary>The region of the connection that read the object, e.g. <c>kr-west1</c>.</summary>
        [JsonIgnore] public string Region { get; internal set; } = "";
        /// <summary>The environment of that connection (<c>s</c>, <c>g</c> or <c>e</c>).</summary>
        [JsonIgnore] public string Environment { get; internal set; } = "";
        /// <summary>
        /// Fields of SCP's answer this model does not know (a newer API version, an undocumented
        /// field), kept as sent rather than dropped or failing; null when there were none.
        /// </summary>
        [JsonExtensionData]
        public ScpMap<object?>? AdditionalProperties { get; internal set; }

        internal T Stamp<T>(string service, ScpConnection? connection) where T : ScpResource
        {
            Service = service;
            Region = connection?.Region ?? "";
            Environment = connection?.Environment ?? "";
            return (T)this;
        }
    }
}
