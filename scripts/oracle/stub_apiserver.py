"""A tiny loopback Kubernetes API stub, just enough for `helm3 install --dry-run=client`.

helm v3.17 checks reachability (/version) and builds .Capabilities from discovery (/api, /apis)
even for a client-side dry run. This stub answers with the same Kubernetes version and API group
versions helm v4 uses for its default capabilities, so both oracles render .Capabilities alike.
/api and /apis are served as aggregated discovery (apidiscovery.k8s.io/v2) when the client asks for
it, which spares client-go one request per group version; the legacy documents remain for other
clients. Anything else gets a 404 Status (or an empty list for secrets and configmaps).
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KUBE_VERSION = {
    "major": "1",
    "minor": "35",
    "gitVersion": "v1.35.0",
    "gitCommit": "0000000000000000000000000000000000000000",
    "gitTreeState": "clean",
    "buildDate": "2025-01-01T00:00:00Z",
    "goVersion": "go1.25.0",
    "compiler": "gc",
    "platform": "linux/amd64",
}

# helm v4.1.4's DefaultVersionSet (k8s client-go 1.35 scheme), in its order.
API_VERSIONS = [
    "v1",
    "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
    "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1",
    "apps/v1", "apps/v1beta1", "apps/v1beta2",
    "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1", "authentication.k8s.io/v1beta1",
    "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
    "autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta1", "autoscaling/v2beta2",
    "batch/v1", "batch/v1beta1",
    "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1",
    "coordination.k8s.io/v1alpha2", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1",
    "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1", "events.k8s.io/v1beta1",
    "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3",
    "networking.k8s.io/v1", "networking.k8s.io/v1beta1",
    "node.k8s.io/v1", "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1",
    "policy/v1", "policy/v1beta1",
    "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1",
    "rbac.authorization.k8s.io/v1alpha1",
    "resource.k8s.io/v1", "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1",
    "resource.k8s.io/v1alpha3",
    "scheduling.k8s.io/v1alpha1", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1",
    "storage.k8s.io/v1beta1", "storage.k8s.io/v1", "storage.k8s.io/v1alpha1",
    "storagemigration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1beta1", "apiextensions.k8s.io/v1",
]


def _groups():
    groups = {}
    for gv in API_VERSIONS:
        if "/" not in gv:
            continue
        group, version = gv.split("/", 1)
        groups.setdefault(group, []).append(version)
    result = []
    for group, versions in groups.items():
        entries = [{"groupVersion": f"{group}/{v}", "version": v} for v in versions]
        result.append({"name": group, "versions": entries, "preferredVersion": entries[0]})
    return result


_GROUP_LIST = {"kind": "APIGroupList", "apiVersion": "v1", "groups": _groups()}
_CORE = {
    "kind": "APIVersions",
    "versions": [v for v in API_VERSIONS if "/" not in v],
    "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}],
}
_KNOWN = set(API_VERSIONS)

_AGGREGATED_TYPE = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"


def _aggregated(core):
    groups = {}
    for gv in API_VERSIONS:
        group, _, version = gv.rpartition("/")
        if (group == "") == core:
            groups.setdefault(group, []).append(version)
    items = [{"metadata": {"name": group},
              "versions": [{"version": v, "resources": [], "freshness": "Current"} for v in versions]}
             for group, versions in groups.items()]
    return {"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2",
            "metadata": {}, "items": items}


_AGGREGATED_CORE = _aggregated(core=True)
_AGGREGATED_GROUPS = _aggregated(core=False)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - silence the default stderr log
        pass

    def _send(self, code, body, content_type="application/json"):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802 - http.server naming
        path = self.path.split("?", 1)[0].rstrip("/")
        if path == "/version":
            return self._send(200, KUBE_VERSION)
        aggregated = "as=APIGroupDiscoveryList" in (self.headers.get("Accept") or "")
        if path == "/api":
            if aggregated:
                return self._send(200, _AGGREGATED_CORE, _AGGREGATED_TYPE)
            return self._send(200, _CORE)
        if path == "/apis":
            if aggregated:
                return self._send(200, _AGGREGATED_GROUPS, _AGGREGATED_TYPE)
            return self._send(200, _GROUP_LIST)
        if path.startswith("/api/") and path[len("/api/"):] in _KNOWN:
            return self._send(200, {"kind": "APIResourceList", "groupVersion": path[5:], "resources": []})
        if path.startswith("/apis/") and path[len("/apis/"):] in _KNOWN:
            return self._send(200, {"kind": "APIResourceList", "apiVersion": "v1",
                                    "groupVersion": path[6:], "resources": []})
        if path.endswith("/secrets") or path.endswith("/configmaps"):
            return self._send(200, {"kind": "List", "apiVersion": "v1",
                                    "metadata": {"resourceVersion": "1"}, "items": []})
        return self._send(404, {"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                "reason": "NotFound", "code": 404})


class StubApiServer:
    """Runs the stub on 127.0.0.1 (random port) in a daemon thread; writes a kubeconfig for it."""

    def __init__(self):
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

    def kubeconfig(self):
        return (
            "apiVersion: v1\nkind: Config\n"
            "clusters:\n- name: stub\n  cluster:\n"
            f"    server: http://127.0.0.1:{self.port}\n"
            "contexts:\n- name: stub\n  context:\n    cluster: stub\n    user: stub\n"
            "    namespace: default\n"
            "current-context: stub\n"
            "users:\n- name: stub\n  user: {}\n"
        )
