using System;
using System.IO;
using System.Net.Sockets;

namespace ScpStorage.Emulator.Cli;

/// <summary>Start failures a user causes and can fix, told in one line.</summary>
internal static class StartupErrors
{
    public static bool IsAddressInUse(IOException e) =>
        e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
        || e.GetType().Name == "AddressInUseException"
        || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    public static string PortInUse(EmulatorOptions o) =>
        $"Port {o.Port} on {o.Host} is already in use; choose another --port (0 picks a free one) or stop the program using it.";
}
