using System.Management.Automation;
using System.Text.RegularExpressions;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Checks a device path such as /dev/vdc before any request is sent, with a message that
    /// says what is expected (ValidatePattern in Windows PowerShell 5.1 can only echo the regex).
    /// </summary>
    public sealed class ValidateDevicePathAttribute : ValidateArgumentsAttribute
    {
        private static readonly Regex Pattern = new Regex("^/dev/[a-z][a-z0-9]{1,31}$", RegexOptions.CultureInvariant);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject p ? p.BaseObject : arguments;
            if (value is string s && Pattern.IsMatch(s)) return;
            throw new ValidationMetadataException($"'{value}' is not a device path. Use /dev/ followed by a lower-case device name, such as /dev/vdc.");
        }
    }
}
