using System;
using System.Collections.Generic;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ScpStorage.Core
{
    /// <summary>
    /// snake_case wire names, tolerant converters attached once per type (not looked up per value),
    /// setters of any visibility (models expose read-only properties to users), and <c>""</c> or a
    /// wrong shape read as null for objects, lists and dictionaries.
    /// </summary>
    public sealed class ScpContractResolver : DefaultContractResolver
    {
        public static readonly ScpContractResolver Instance = new ScpContractResolver();

        private static readonly Dictionary<Type, JsonConverter> Tolerant = new Dictionary<Type, JsonConverter>
        {
            [typeof(int)] = ScpNumberConverter.Instance, [typeof(int?)] = ScpNumberConverter.Instance,
            [typeof(long)] = ScpNumberConverter.Instance, [typeof(long?)] = ScpNumberConverter.Instance,
            [typeof(double)] = ScpNumberConverter.Instance, [typeof(double?)] = ScpNumberConverter.Instance,
            [typeof(bool)] = ScpBooleanConverter.Instance, [typeof(bool?)] = ScpBooleanConverter.Instance,
            [typeof(string)] = ScpStringConverter.Instance,
            [typeof(DateTimeOffset)] = ScpDateConverter.Instance, [typeof(DateTimeOffset?)] = ScpDateConverter.Instance,
        };

        private ScpContractResolver() { NamingStrategy = new SnakeCaseNamingStrategy(); }

        protected override JsonContract CreateContract(Type objectType)
        {
            var contract = base.CreateContract(objectType);
            if (contract.Converter == null && Tolerant.TryGetValue(objectType, out var converter)) contract.Converter = converter;
            return contract;
        }

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (!property.Writable && member is PropertyInfo p && p.GetSetMethod(true) != null) property.Writable = true;
            var type = property.PropertyType;
            if (property.Converter == null && type != null && type != typeof(string) && type != typeof(object)
                && !type.IsValueType && !typeof(Newtonsoft.Json.Linq.JToken).IsAssignableFrom(type))
                property.Converter = ScpShapeGuardConverter.Instance;
            return property;
        }
    }
}
