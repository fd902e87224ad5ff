using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ScpStorage.Core.Http;
using ScpStorage.Core.Logging;

namespace ScpStorage.Core.Paging
{
    /// <summary>
    /// One list page, its items decoded as the body arrives. A body cut off mid-page (the
    /// connection failed after the answer began) is not the end of the listing: the page is
    /// asked for again, through the whole retry policy and read whole this time, and the items
    /// already handed out are skipped, so nothing is lost or repeated. The same happens when the
    /// attempt's time limit passes before the page is read to its end (a stalled server, or a
    /// consumer so slow that the page stayed open that long). Cancellation ends the read.
    /// </summary>
    internal static class ScpPageFetch
    {
        public static IEnumerable<T> Items<T>(ScpClient client, ScpRequest request, string itemsProperty, ScpPageFacts facts, CancellationToken ct)
            where T : class
        {
            int handed = 0;
            Exception? broke = null;
            using (var body = client.SendStreamed(request, ct))
            using (var items = ScpPageReader.Items<T>(body.Reader, itemsProperty, facts).GetEnumerator())
            {
                while (true)
                {
                    try
                    {
                        if (!items.MoveNext()) break;
                    }
                    // A read cut short by closing the response may also end as malformed JSON (the
                    // text simply stops), so cancellation and the time limit are asked about first.
                    catch (Exception e) when (ScpStreamedBody.IsBroken(e) || ct.IsCancellationRequested || body.TimedOut)
                    {
                        if (ct.IsCancellationRequested) throw new OperationCanceledException(ct);
                        broke = body.TimedOut ? new TimeoutException("the page was not read to its end within the attempt's time limit", e) : e;
                        break;
                    }
                    handed++;
                    yield return items.Current;
                }
            }
            if (broke == null) yield break;

            client.Log.Write(ScpLogLevel.Verbose,
                $"{request.Operation}: the answer broke off after {handed} item(s) ({broke.Message}); asking for the page again.");
            facts.Reset();
            var skip = handed;
            foreach (var item in ScpPageReader.Items<T>(new StringReader(client.Send(request, ct).Body), itemsProperty, facts))
            {
                if (skip > 0) { skip--; continue; }
                yield return item;
            }
        }
    }
}
