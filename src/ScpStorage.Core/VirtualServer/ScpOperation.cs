using ScpStorage.Core.Http;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>One documented SCP operation: its name (as in SCP's API reference), method and path template.</summary>
    public sealed class ScpOperation
    {
        public ScpOperation(string service, string name, string method, string pathTemplate)
        {
            Service = service; Name = name; Method = method; PathTemplate = pathTemplate;
        }

        public string Service { get; }
        /// <summary>The operation's name in SCP's reference, e.g. "List volumes and details"; errors and logs show it.</summary>
        public string Name { get; }
        public string Method { get; }
        public string PathTemplate { get; }

        /// <summary>A new request for this operation.</summary>
        public ScpRequest Request() => new ScpRequest(Service, Name, Method, PathTemplate);

        public override string ToString() => $"{Method} {PathTemplate} ({Name})";
    }
}
