using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using static Bosun.Kube.Emulator.Tests.Apply.Json;

namespace Bosun.Kube.Emulator.Tests.Apply;

public class ServerSideApplyTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 1, 49, 51, TimeSpan.Zero);
    private static readonly DateTimeOffset s_t1 = s_t0.AddMinutes(1);
    private static readonly DateTimeOffset s_t2 = s_t0.AddMinutes(2);

    private static readonly MergeSchema s_deployment = MergeSchema.ForBuiltIn("apps", "Deployment");

    private static ApplyContext Ctx(string manager, DateTimeOffset now, bool force = false, string? sub = null, MergeSchema? schema = null) =>
        new(manager, force, sub, schema ?? s_deployment, now);

    private static JsonObject Deployment(int replicas = 2, string image = "nginx:1.27", bool env = true) => Obj(
        "{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo','labels':{'app':'web'}}," +
        "'spec':{'replicas':" + replicas + ",'selector':{'matchLabels':{'app':'web'}}," +
        "'template':{'metadata':{'labels':{'app':'web'}},'spec':{'containers':[{'name':'web','image':'" + image + "'," +
        (env ? "'env':[{'name':'MODE','value':'prod'}]," : "") + "'ports':[{'containerPort':80}]}]}}}}");

    private static JsonObject Applied(JsonObject? live, JsonObject config, ApplyContext ctx)
    {
        var r = ServerSideApply.Apply(live, config, ctx);
        Assert.Empty(r.Conflicts);
        return Assert.IsType<JsonObject>(r.Object);
    }

    private static string ManagedFields(JsonObject obj) => Compact(obj["metadata"]!["managedFields"]);

    private const string KubectlDeploymentFields =
        "{'f:metadata':{'f:labels':{'f:app':{}}},'f:spec':{'f:replicas':{},'f:selector':{},'f:template':{'f:metadata':{'f:labels':{'f:app':{}}}," +
        "'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'.':{},'f:env':{'k:{\\'name\\':\\'MODE\\'}':{'.':{},'f:name':{},'f:value':{}}}," +
        "'f:image':{},'f:name':{},'f:ports':{'k:{\\'containerPort\\':80,\\'protocol\\':\\'TCP\\'}':{'.':{},'f:containerPort':{}}}}}}}}}";

    [Fact]
    public void Apply_NewDeployment_CreatesObjectWithKubectlEntry()
    {
        var obj = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        Assert.Equal(
            Q("[{'manager':'kubectl','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:49:51Z','fieldsType':'FieldsV1','fieldsV1':" + KubectlDeploymentFields + "}]"),
            ManagedFields(obj));
        obj["metadata"]!.AsObject().Remove("managedFields");
        Assert.Equal(Compact(Deployment()), Compact(obj));
    }

    [Fact]
    public void Apply_OtherManagerChangesReplicas_ConflictWithKubectl()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var config = Obj("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},'spec':{'replicas':3}}");
        var r = ServerSideApply.Apply(live, config, Ctx("bosun", s_t1));
        Assert.Null(r.Object);
        var c = Assert.Single(r.Conflicts);
        Assert.Equal(new FieldConflict("kubectl", ".spec.replicas"), c);
        Assert.Equal("conflict with \"kubectl\"", c.CauseMessage);
        Assert.Equal("Apply failed with 1 conflict: conflict with \"kubectl\": .spec.replicas", FieldConflicts.Message(r.Conflicts));
        Assert.Equal(
            Q("{'kind':'Status','apiVersion':'v1','metadata':{},'status':'Failure','message':'Apply failed with 1 conflict: conflict with \\'kubectl\\': .spec.replicas'," +
              "'reason':'Conflict','details':{'causes':[{'reason':'FieldManagerConflict','message':'conflict with \\'kubectl\\'','field':'.spec.replicas'}]},'code':409}"),
            Compact(FieldConflicts.ToStatus(r.Conflicts)));
    }

    [Fact]
    public void Apply_Force_MovesOwnership()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var config = Obj("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},'spec':{'replicas':3}}");
        var obj = Applied(live, config, Ctx("bosun", s_t1, force: true));
        Assert.Equal(3, obj["spec"]!["replicas"]!.GetValue<int>());
        var kubectlFields = KubectlDeploymentFields.Replace("'f:replicas':{},", "");
        Assert.Equal(
            Q("[{'manager':'kubectl','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:49:51Z','fieldsType':'FieldsV1','fieldsV1':" + kubectlFields + "}," +
              "{'manager':'bosun','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:50:51Z','fieldsType':'FieldsV1','fieldsV1':{'f:spec':{'f:replicas':{}}}}]"),
            ManagedFields(obj));

        // kubectl now conflicts in turn when it re-applies replicas 2.
        var back = ServerSideApply.Apply(obj, Deployment(), Ctx("kubectl", s_t2));
        Assert.Equal([new FieldConflict("bosun", ".spec.replicas")], back.Conflicts);
    }

    [Fact]
    public void Apply_SameValueFromTwoManagers_SharesOwnership()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var config = Obj("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},'spec':{'replicas':2}}");
        var obj = Applied(live, config, Ctx("bosun", s_t1));
        // The object did not change: bosun's new entry gets no time (sorted first), kubectl's time stays.
        Assert.Equal(
            Q("[{'manager':'bosun','operation':'Apply','apiVersion':'apps/v1','fieldsType':'FieldsV1','fieldsV1':{'f:spec':{'f:replicas':{}}}}," +
              "{'manager':'kubectl','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:49:51Z','fieldsType':'FieldsV1','fieldsV1':" + KubectlDeploymentFields + "}]"),
            ManagedFields(obj));
    }

    [Fact]
    public void Apply_ReapplyWithoutEnv_RemovesEnv()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var obj = Applied(live, Deployment(env: false), Ctx("kubectl", s_t1));
        var container = obj["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
        Assert.False(container.ContainsKey("env"));
        Assert.Equal(Q("{'name':'web','image':'nginx:1.27','ports':[{'containerPort':80}]}"), Compact(container));
        var withoutEnv = KubectlDeploymentFields.Replace("'f:env':{'k:{\\'name\\':\\'MODE\\'}':{'.':{},'f:name':{},'f:value':{}}},", "");
        Assert.NotEqual(KubectlDeploymentFields, withoutEnv);
        Assert.Equal(
            Q("[{'manager':'kubectl','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:50:51Z','fieldsType':'FieldsV1','fieldsV1':" + withoutEnv + "}]"),
            ManagedFields(obj));
    }

    [Fact]
    public void Apply_ReapplyWithoutEnvCoOwned_KeepsEnv()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var other = Obj("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},
             'spec':{'template':{'spec':{'containers':[{'name':'web','env':[{'name':'MODE','value':'prod'}]}]}}}}
            """);
        live = Applied(live, other, Ctx("sidecar-injector", s_t1));
        var obj = Applied(live, Deployment(env: false), Ctx("kubectl", s_t2));
        Assert.Equal(Q("[{'name':'MODE','value':'prod'}]"), Compact(obj["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]));
        var withoutEnv = KubectlDeploymentFields.Replace("'f:env':{'k:{\\'name\\':\\'MODE\\'}':{'.':{},'f:name':{},'f:value':{}}},", "");
        Assert.Equal(
            // The injector's values were already there: a no-op apply, so its entry has no time.
            Q("[{'manager':'sidecar-injector','operation':'Apply','apiVersion':'apps/v1','fieldsType':'FieldsV1','fieldsV1':" +
              "{'f:spec':{'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'.':{},'f:env':{'k:{\\'name\\':\\'MODE\\'}':{'.':{},'f:name':{},'f:value':{}}},'f:name':{}}}}}}}}," +
              "{'manager':'kubectl','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:49:51Z','fieldsType':'FieldsV1','fieldsV1':" + withoutEnv + "}]"),
            ManagedFields(obj));
        obj["metadata"]!.AsObject().Remove("managedFields");
        Assert.Equal(Compact(Deployment()), Compact(obj));
    }

    [Fact]
    public void Apply_DroppedLabelOwnedByNobodyElse_IsRemoved()
    {
        var first = Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c','labels':{'a':'1','b':'2'}},'data':{'x':'1','y':'2'}}");
        var cm = MergeSchema.ForBuiltIn("", "ConfigMap");
        var live = Applied(null, first, Ctx("bosun", s_t0, schema: cm) with { HasStatusSubresource = false });
        var second = Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c','labels':{'a':'1'}},'data':{'x':'1'}}");
        var obj = Applied(live, second, Ctx("bosun", s_t1, schema: cm) with { HasStatusSubresource = false });
        obj["metadata"]!.AsObject().Remove("managedFields");
        Assert.Equal(Compact(second), Compact(obj));
    }

    [Fact]
    public void Apply_ContainerImageOwnedByUpdater_ConflictPathAndUpdateManagerFormat()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var edited = (JsonObject)live.DeepClone();
        edited["spec"]!["template"]!["spec"]!["containers"]![0]!["image"] = "nginx:1.28";
        live = ServerSideApply.Update(live, edited, Ctx("kubectl-edit", s_t1));
        var r = ServerSideApply.Apply(live, Deployment(replicas: 5, image: "nginx:1.29"), Ctx("bosun", s_t2));
        Assert.Equal(
            [
                new FieldConflict("kubectl", ".spec.replicas"),
                new FieldConflict("kubectl-edit", ".spec.template.spec.containers[name=\"web\"].image") { Operation = "Update", ApiVersion = "apps/v1" },
            ],
            r.Conflicts);
        Assert.Equal(
            "Apply failed with 2 conflicts: conflicts with \"kubectl\":\n- .spec.replicas\nconflicts with \"kubectl-edit\" using apps/v1:\n- .spec.template.spec.containers[name=\"web\"].image",
            FieldConflicts.Message(r.Conflicts));
        Assert.Equal("conflict with \"kubectl-edit\" using apps/v1", r.Conflicts[1].CauseMessage);
    }

    [Fact]
    public void Update_EditImage_TakesFieldFromApplier()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var edited = (JsonObject)live.DeepClone();
        edited["spec"]!["template"]!["spec"]!["containers"]![0]!["image"] = "nginx:1.28";
        var obj = ServerSideApply.Update(live, edited, Ctx("kubectl-edit", s_t1));
        var entries = obj["metadata"]!["managedFields"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.DoesNotContain("f:image", Compact(entries[0]!["fieldsV1"]));
        Assert.Equal(
            Q("{'manager':'kubectl-edit','operation':'Update','apiVersion':'apps/v1','time':'2026-11-22T01:50:51Z','fieldsType':'FieldsV1','fieldsV1':" +
              "{'f:spec':{'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'f:image':{}}}}}}}}"),
            Compact(entries[1]));
    }

    [Fact]
    public void Update_ControllerWritesStatus_RecordsStatusSubresourceEntry()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var withStatus = (JsonObject)live.DeepClone();
        withStatus["status"] = Node("{'observedGeneration':1,'replicas':2,'availableReplicas':2,'conditions':[{'type':'Available','status':'True','reason':'MinimumReplicasAvailable'}]}");
        withStatus["spec"]!["replicas"] = 9; // ignored through /status
        var obj = ServerSideApply.Update(live, withStatus, Ctx("kube-controller-manager", s_t1, sub: "status"));
        Assert.Equal(2, obj["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(
            Q("{'manager':'kube-controller-manager','operation':'Update','apiVersion':'apps/v1','time':'2026-11-22T01:50:51Z','fieldsType':'FieldsV1','fieldsV1':" +
              "{'f:status':{'f:availableReplicas':{},'f:conditions':{'.':{},'k:{\\'type\\':\\'Available\\'}':{'.':{},'f:reason':{},'f:status':{},'f:type':{}}},'f:observedGeneration':{},'f:replicas':{}}}," +
              "'subresource':'status'}"),
            Compact(obj["metadata"]!["managedFields"]![1]));

        // A later main-resource apply neither touches status nor conflicts with the controller.
        var again = Applied(obj, Deployment(replicas: 3), Ctx("kubectl", s_t2));
        Assert.Equal(Compact(withStatus["status"]), Compact(again["status"]));
        Assert.Equal(3, again["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public void Apply_MainResource_IgnoresStatusAndStatusApplyIgnoresSpec()
    {
        var config = Deployment();
        config["status"] = Node("{'replicas':7}");
        var obj = Applied(null, config, Ctx("kubectl", s_t0));
        Assert.False(obj.ContainsKey("status"));
        Assert.DoesNotContain("f:status", ManagedFields(obj));

        var statusConfig = Obj("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},'spec':{'replicas':9},'status':{'replicas':2}}");
        var after = Applied(obj, statusConfig, Ctx("status-writer", s_t1, sub: "status"));
        Assert.Equal(2, after["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(Q("{'replicas':2}"), Compact(after["status"]));
        Assert.Equal(
            Q("{'manager':'status-writer','operation':'Apply','apiVersion':'apps/v1','time':'2026-11-22T01:50:51Z','fieldsType':'FieldsV1','fieldsV1':{'f:status':{'f:replicas':{}}},'subresource':'status'}"),
            Compact(after["metadata"]!["managedFields"]![1]));
    }

    [Fact]
    public void Apply_NoChange_ReturnsObjectEqualToLive()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var again = Applied(live, Deployment(), Ctx("kubectl", s_t1));
        Assert.Equal(Compact(live), Compact(again));
    }

    [Fact]
    public void Apply_ListsMergeByKey_KeepsOtherManagersItems()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var sidecar = Obj("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},
             'spec':{'template':{'spec':{'containers':[{'name':'proxy','image':'envoy:1'}]}}}}
            """);
        var obj = Applied(live, sidecar, Ctx("injector", s_t1));
        Assert.Equal(["web", "proxy"], obj["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("nginx:1.27", obj["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void Apply_MetadataOwnership_ExcludesServerFields()
    {
        var config = Obj("""
            {'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c','namespace':'d','uid':'u','resourceVersion':'5','generation':1,
             'creationTimestamp':'2026-01-01T00:00:00Z','finalizers':['a/b'],'ownerReferences':[{'apiVersion':'v1','kind':'X','name':'x','uid':'123'}]},'data':{'k':'v'}}
            """);
        var obj = Applied(null, config, Ctx("m", s_t0, schema: MergeSchema.ForBuiltIn("", "ConfigMap")) with { HasStatusSubresource = false });
        Assert.Equal(
            Q("{'f:data':{'f:k':{}},'f:metadata':{'f:finalizers':{'v:\\'a/b\\'':{}},'f:ownerReferences':{'k:{\\'uid\\':\\'123\\'}':{}}}}"),
            Compact(obj["metadata"]!["managedFields"]![0]!["fieldsV1"]));
    }

    [Fact]
    public void Apply_DuplicateKeys_ThrowsSmdMessage()
    {
        var config = Obj("{'apiVersion':'v1','kind':'Service','metadata':{'name':'s'},'spec':{'ports':[{'port':80},{'port':80,'protocol':'TCP'}]}}");
        var e = Assert.Throws<ApplyException>(() => ServerSideApply.Apply(null, config, Ctx("m", s_t0, schema: MergeSchema.ForBuiltIn("", "Service"))));
        Assert.Equal("failed to create typed patch object (/s; /v1, Kind=Service): .spec.ports: duplicate entries for key [port=80,protocol=\"TCP\"]", e.Message);
        Assert.Equal(500, e.StatusCode);
    }

    [Fact]
    public void Apply_ItemWithoutKeys_ThrowsSmdMessage()
    {
        var config = Obj("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'s','finalizers':['a','a']},'spec':{'template':{'spec':{'containers':[{'image':'x'}]}}}}");
        var e = Assert.Throws<ApplyException>(() => ServerSideApply.Apply(null, config, Ctx("m", s_t0)));
        Assert.Equal(
            "failed to create typed patch object (/s; apps/v1, Kind=Deployment): errors:\n" +
            "  .metadata.finalizers: duplicate entries for key [=\"a\"]\n" +
            "  .spec.template.spec.containers: element 0: associative list with keys has an element that omits all key fields [\"name\"] (and doesn't have default values for any key fields)",
            e.Message);
    }

    [Fact]
    public void Apply_ConfigWithManagedFields_IsBadRequest()
    {
        var config = Deployment();
        config["metadata"]!["managedFields"] = new JsonArray();
        var e = Assert.Throws<ApplyException>(() => ServerSideApply.Apply(null, config, Ctx("m", s_t0)));
        Assert.Equal("metadata.managedFields must be nil", e.Message);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void Update_Create_RecordsUpdateEntryAndRemovalDropsOwnership()
    {
        var cm = MergeSchema.ForBuiltIn("", "ConfigMap");
        var ctx = Ctx("Helm", s_t0, schema: cm) with { HasStatusSubresource = false };
        var created = ServerSideApply.Update(null, Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c','labels':{'a':'1'}},'data':{'x':'1','y':'2'}}"), ctx);
        Assert.Equal(
            Q("[{'manager':'Helm','operation':'Update','apiVersion':'v1','time':'2026-11-22T01:49:51Z','fieldsType':'FieldsV1','fieldsV1':{'f:data':{'.':{},'f:x':{},'f:y':{}},'f:metadata':{'f:labels':{'.':{},'f:a':{}}}}}]"),
            ManagedFields(created));
        var changed = (JsonObject)created.DeepClone();
        changed["data"]!.AsObject().Remove("y");
        changed["data"]!["x"] = "2";
        var obj = ServerSideApply.Update(created, changed, ctx with { Manager = "kubectl-edit", Now = s_t1 });
        Assert.Equal(
            Q("[{'manager':'Helm','operation':'Update','apiVersion':'v1','time':'2026-11-22T01:49:51Z','fieldsType':'FieldsV1','fieldsV1':{'f:data':{},'f:metadata':{'f:labels':{'.':{},'f:a':{}}}}}," +
              "{'manager':'kubectl-edit','operation':'Update','apiVersion':'v1','time':'2026-11-22T01:50:51Z','fieldsType':'FieldsV1','fieldsV1':{'f:data':{'f:x':{}}}}]"),
            ManagedFields(obj));
    }

    [Fact]
    public void Update_NoChange_KeepsEntriesAndTimes()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var same = ServerSideApply.Update(live, (JsonObject)live.DeepClone(), Ctx("kubectl-edit", s_t1));
        Assert.Equal(Compact(live), Compact(same));
    }

    [Fact]
    public void Apply_SecondApplyBySameManager_ReplacesEntryAndUpdatesTime()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var obj = Applied(live, Deployment(replicas: 4), Ctx("kubectl", s_t1));
        var entry = Assert.Single(obj["metadata"]!["managedFields"]!.AsArray());
        Assert.Equal("2026-11-22T01:50:51Z", entry!["time"]!.GetValue<string>());
        Assert.Equal(4, obj["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public void Update_ManyManagers_OldestMergeIntoAncientChanges()
    {
        var cm = MergeSchema.ForBuiltIn("", "ConfigMap");
        var obj = Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c'},'data':{}}");
        for (var i = 0; i < 12; i++)
        {
            var next = (JsonObject)obj.DeepClone();
            next["data"]!["k" + i] = "v";
            obj = ServerSideApply.Update(obj, next, Ctx("m" + i, s_t0.AddSeconds(i), schema: cm) with { HasStatusSubresource = false });
        }
        var entries = obj["metadata"]!["managedFields"]!.AsArray();
        Assert.Equal(10, entries.Count);
        Assert.Equal("ancient-changes", entries[0]!["manager"]!.GetValue<string>());
        Assert.Equal("2026-11-22T01:49:53Z", entries[0]!["time"]!.GetValue<string>());
        Assert.Equal(Q("{'f:data':{'f:k0':{},'f:k1':{},'f:k2':{}}}"), Compact(entries[0]!["fieldsV1"]));
        Assert.Equal(["ancient-changes", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11"], entries.Select(e => e!["manager"]!.GetValue<string>()));
    }

    [Fact]
    public void Update_BodyManagedFields_ResetReplaceOrKeep()
    {
        var cm = MergeSchema.ForBuiltIn("", "ConfigMap");
        var ctx = Ctx("kubectl-edit", s_t1, schema: cm) with { HasStatusSubresource = false };
        var live = ServerSideApply.Update(null, Obj("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c'},'data':{'a':'1'}}"), ctx with { Manager = "Helm", Now = s_t0 });

        var reset = (JsonObject)live.DeepClone();
        reset["metadata"]!["managedFields"] = new JsonArray();
        Assert.False(ServerSideApply.Update(live, reset, ctx)["metadata"]!.AsObject().ContainsKey("managedFields"));

        var replaced = (JsonObject)live.DeepClone();
        replaced["metadata"]!["managedFields"] = Node("[{'manager':'other','operation':'Update','apiVersion':'v1','fieldsType':'FieldsV1','fieldsV1':{'f:data':{'f:a':{}}}}]");
        Assert.Equal(Q("[{'manager':'other','operation':'Update','apiVersion':'v1','fieldsType':'FieldsV1','fieldsV1':{'f:data':{'f:a':{}}}}]"),
            ManagedFields(ServerSideApply.Update(live, replaced, ctx)));

        var viaStatus = (JsonObject)replaced.DeepClone();
        Assert.Equal(ManagedFields(live), ManagedFields(ServerSideApply.Update(live, viaStatus, ctx with { Subresource = "status", HasStatusSubresource = true })));

        var broken = (JsonObject)live.DeepClone();
        broken["metadata"]!["managedFields"] = Node("[{'manager':'x','operation':'Nope'}]");
        Assert.Equal(ManagedFields(live), ManagedFields(ServerSideApply.Update(live, broken, ctx)));
    }

    [Fact]
    public void Update_CreateDefaultedDeployment_MatchesKubectlCreateEntry()
    {
        var created = Obj("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'nginx','namespace':'default','labels':{'app':'nginx'}},
             'spec':{'replicas':1,'selector':{'matchLabels':{'app':'nginx'}},
              'template':{'metadata':{'labels':{'app':'nginx'}},'spec':{'containers':[{'name':'nginx','image':'nginx','resources':{},
                'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File','imagePullPolicy':'Always'}],
                'restartPolicy':'Always','terminationGracePeriodSeconds':30,'dnsPolicy':'ClusterFirst','securityContext':{},'schedulerName':'default-scheduler'}},
              'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxUnavailable':'25%','maxSurge':'25%'}},
              'revisionHistoryLimit':10,'progressDeadlineSeconds':600}}
            """);
        var obj = ServerSideApply.Update(null, created, Ctx("kubectl-create", s_t0));
        Assert.Equal(
            Q("{'f:metadata':{'f:labels':{'.':{},'f:app':{}}},'f:spec':{'f:progressDeadlineSeconds':{},'f:replicas':{},'f:revisionHistoryLimit':{},'f:selector':{}," +
              "'f:strategy':{'f:rollingUpdate':{'.':{},'f:maxSurge':{},'f:maxUnavailable':{}},'f:type':{}}," +
              "'f:template':{'f:metadata':{'f:labels':{'.':{},'f:app':{}}},'f:spec':{'f:containers':{'k:{\\'name\\':\\'nginx\\'}':{'.':{},'f:image':{},'f:imagePullPolicy':{},'f:name':{}," +
              "'f:resources':{},'f:terminationMessagePath':{},'f:terminationMessagePolicy':{}}},'f:dnsPolicy':{},'f:restartPolicy':{},'f:schedulerName':{},'f:securityContext':{},'f:terminationGracePeriodSeconds':{}}}}}"),
            Compact(obj["metadata"]!["managedFields"]![0]!["fieldsV1"]));
    }

    [Fact]
    public void Apply_ExplicitNulls_ClearScalarsAndAtomicListsButKeepKeyedItems()
    {
        var live = Applied(null, Deployment(), Ctx("kubectl", s_t0));
        var config = Obj("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'web','namespace':'demo'},
             'spec':{'replicas':null,'paused':null,'template':{'spec':{'containers':null,'tolerations':null}}}}
            """);
        var obj = Applied(live, config, Ctx("other", s_t1, force: true));
        Assert.False(obj["spec"]!.AsObject().ContainsKey("replicas"));
        Assert.False(obj["spec"]!.AsObject().ContainsKey("paused"));
        Assert.Equal("web", obj["spec"]!["template"]!["spec"]!["containers"]![0]!["name"]!.GetValue<string>());
        Assert.False(obj["spec"]!["template"]!["spec"]!.AsObject().ContainsKey("tolerations"));
        Assert.Equal(
            Q("{'f:spec':{'f:paused':{},'f:replicas':{},'f:template':{'f:spec':{'f:containers':{},'f:tolerations':{}}}}}"),
            Compact(obj["metadata"]!["managedFields"]!.AsArray().Single(e => e!["manager"]!.GetValue<string>() == "other")!["fieldsV1"]));
    }
}
