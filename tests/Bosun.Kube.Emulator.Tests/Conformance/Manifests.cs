namespace Bosun.Kube.Emulator.Tests.Conformance;

/// <summary>The manifests of the conformance scenarios (design §5.10).</summary>
internal static class Manifests
{
    public const string App = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: demo
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web-config
          namespace: demo
        data:
          mode: blue
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: demo
          labels:
            app: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                env:
                - name: MODE
                  value: blue
                ports:
                - containerPort: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: demo
        spec:
          selector:
            app: web
          ports:
          - port: 80

        """;

    public const string AppV2 = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web-config
          namespace: demo
        data:
          mode: green
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: demo
          labels:
            app: web
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.28
                ports:
                - containerPort: 80

        """;

    public const string Conflict = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: demo
        spec:
          replicas: 5

        """;

    public const string MissingNamespace = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: lost
          namespace: does-not-exist
        data:
          a: b

        """;

    public const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names:
            plural: widgets
            singular: widget
            kind: Widget
            shortNames: [wd]
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                x-kubernetes-preserve-unknown-fields: true

        """;

    public const string Widget = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: gizmo
          namespace: default
        spec:
          size: 3

        """;

    public const string FailingDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: broken
          namespace: default
          annotations:
            bosun.dev/sim-fail: "true"
        spec:
          replicas: 1
          progressDeadlineSeconds: 5
          selector:
            matchLabels:
              app: broken
          template:
            metadata:
              labels:
                app: broken
            spec:
              containers:
              - name: app
                image: nginx

        """;
}
