using System.Management.Automation;
using System.Security;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>
    /// Lets -AuthKey take the key as it usually arrives (plain text from the sender, or the
    /// AuthKey property of a piped transfer) while the cmdlet holds it only as a SecureString.
    /// Converting here also means a binding failure can never echo the key in an error message.
    /// </summary>
    public sealed class AuthKeyTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject p ? p.BaseObject : inputData;
            if (!(value is string text)) return value;
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}
