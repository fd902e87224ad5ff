namespace ScpStorage.Session
{
    /// <summary>What Start-ScpEmulator returns: where the emulator listens and the key pair it accepts.</summary>
    public sealed class ScpEmulatorInfo
    {
        internal ScpEmulatorInfo(ScpEmulatorProcess p, string accessKey, string accountId, string? database)
        {
            ProcessId = p.ProcessId; BaseUrl = p.BaseUrl; EndpointUrl = p.EndpointUrl; AccessKey = accessKey; AccountId = accountId;
            Database = database ?? "(in memory)";
        }

        public int ProcessId { get; }
        public string BaseUrl { get; }
        public string EndpointUrl { get; }
        public string AccessKey { get; }
        public string AccountId { get; }
        public string Database { get; }
        public override string ToString() => BaseUrl;
    }
}
