using System.Globalization;

namespace Bosun.Core.JsonSchema;

/// <summary>Documents fetched for references that leave the compiled document (helm's URL loaders).</summary>
public sealed partial class JsonSchemaCompiler
{
    // The first pointer token of a node in a fetched document: "\u0001" + its index in _external.
    private const char ExternalMark = '\u0001';

    /// <summary>Fetches, parses and indexes the document at <paramref name="url"/>; throws helm's load error.</summary>
    private JsonSchemaResource LoadExternal(string url, string reference)
    {
        var loader = _loader ?? throw new InvalidOperationException("no loader");
        string? scheme = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Scheme : null;
        if (!_legacy && scheme is not ("http" or "https" or "file"))
        {
            throw new JsonSchemaException(JsonSchemaProblem.RemoteReference, Failing(url, $"no URLLoader registered for {Values.GoStrconv.Quote(url)}"));
        }

        if (_legacy && scheme is not ("http" or "https" or "file"))
        {
            // gojsonschema sends every non-file reference to http.Get.
            throw new JsonSchemaException(JsonSchemaProblem.RemoteReference, $"Get {Values.GoStrconv.Quote(url)}: unsupported protocol scheme {Values.GoStrconv.Quote(scheme ?? string.Empty)}");
        }

        if (_legacy && scheme == "file" && !reference.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            // gojsonschema loads only canonical references: a relative one (resolved against the document) is refused.
            throw new JsonSchemaException(JsonSchemaProblem.RemoteReference, $"Reference {Uri.UnescapeDataString(uri?.AbsolutePath ?? url)} must be canonical");
        }

        var fetch = loader.Fetch(url);
        if (fetch.Body is not { } body)
        {
            throw new JsonSchemaException(JsonSchemaProblem.RemoteReference, LoadError(url, scheme ?? string.Empty, fetch));
        }

        if (!JsonSchemaDocument.TryParse(body, url, out var doc, out var error, out _))
        {
            string message = JsonSchemaDocument.DecoderMessage(body, error ?? "invalid JSON", _legacy);
            throw new JsonSchemaException(JsonSchemaProblem.RemoteReference, _legacy ? message : Failing(url, message));
        }

        int index = _external.Count;
        _external.Add(doc);
        string root = "/" + ExternalMark + index.ToString(CultureInfo.InvariantCulture);
        IndexResources(doc, root, url, isRoot: true);
        if (!_resources.TryGetValue(url, out var resource))
        {
            // The fetched document names itself otherwise ($id): it is still known by the URL it came from.
            resource = new JsonSchemaResource(url, root);
            _resources[url] = resource;
        }

        foreach (var pointer in resource.DynamicAnchors.Values)
        {
            NodeAt(pointer);
        }

        return resource;
    }

    private string LoadError(string url, string scheme, JsonSchemaFetch fetch)
    {
        if (_legacy)
        {
            return fetch.Error ?? "Could not read schema from HTTP, response status is " + fetch.StatusLine;
        }

        if (fetch.Error is { } error)
        {
            return Failing(url, scheme == "file" ? error : "HTTP request failed for " + url + ": " + error);
        }

        return Failing(url, $"HTTP request to {url} returned status {fetch.Status.ToString(CultureInfo.InvariantCulture)} ({HttpJsonSchemaLoader.StatusText(fetch.Status)})");
    }

    private static string Failing(string url, string message) => "failing loading " + Values.GoStrconv.Quote(url) + ": " + message;
}
