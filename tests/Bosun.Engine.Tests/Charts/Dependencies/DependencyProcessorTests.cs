using Bosun.Engine.Charts;
using static Bosun.Engine.Tests.Charts.Dependencies.ChartTrees;

namespace Bosun.Engine.Tests.Charts.Dependencies;

/// <summary>Expected values, errors and warnings as helm v4.1.4 and v3.17.2 print them for the same chart and flags.</summary>
public class DependencyProcessorTests
{
    [Fact]
    public void Helm4_Globals_PropagateDownAndMerge() => Check(
        4,
        Make("p", """
            global:
              a: 1
              t:
                x: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              b: 2
              t:
                y: 2
            x: 1

            """, """
            - name: leaf
              version: 0.1.0

            """, Make("leaf", """
            global:
              a: 9
              d: 4
            l: 1

            """, ""))),
        ["--set", "global.c=3"],
        """
            global:
              a: 1
              c: 3
              t:
                x: 1
            sub:
              global:
                a: 1
                b: 2
                c: 3
                t:
                  "true": 2
                  x: 1
              leaf:
                global:
                  a: 1
                  b: 2
                  c: 3
                  d: 4
                  t:
                    "true": 2
                    x: 1
                l: 1
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Globals_PropagateDownAndMerge() => Check(
        3,
        Make("p", """
            global:
              a: 1
              t:
                x: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              b: 2
              t:
                y: 2
            x: 1

            """, """
            - name: leaf
              version: 0.1.0

            """, Make("leaf", """
            global:
              a: 9
              d: 4
            l: 1

            """, ""))),
        ["--set", "global.c=3"],
        """
            global:
              a: 1
              c: 3
              t:
                x: 1
            sub:
              global:
                a: 1
                b: 2
                c: 3
                t:
                  "true": 2
                  x: 1
              leaf:
                global:
                  a: 1
                  b: 2
                  c: 3
                  d: 4
                  t:
                    "true": 2
                    x: 1
                l: 1
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Globals_NotATable_Warns() => Check(
        4,
        Make("p", """
            a: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "global=1"],
        """
            a: 1
            global: 1
            sub:
              global: {}
              x: 1
            """,
        ["level=INFO msg=\"warning: skipping globals because source global is not a table.\"", "level=INFO msg=\"warning: skipping globals because source global is not a table.\""],
        null);

    [Fact]
    public void Helm3_Globals_NotATable_Warns() => Check(
        3,
        Make("p", """
            a: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "global=1"],
        """
            a: 1
            global: 1
            sub:
              global: {}
              x: 1
            """,
        ["coalesce.go:145: warning: skipping globals because source global is not a table.", "coalesce.go:145: warning: skipping globals because source global is not a table."],
        null);

    [Fact]
    public void Helm4_Null_UserDeletesSubchartDefault() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1
            y: 2
            z:
              q: 1
              r: 2

            """, "")),
        ["--set", "sub.x=null,sub.z.q=null,sub.w=null"],
        """
            sub:
              global: {}
              "true": 2
              w: null
              z:
                r: 2
            """,
        [],
        null);

    [Fact]
    public void Helm3_Null_UserDeletesSubchartDefault() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1
            y: 2
            z:
              q: 1
              r: 2

            """, "")),
        ["--set", "sub.x=null,sub.z.q=null,sub.w=null"],
        """
            sub:
              global: {}
              "true": 2
              w: null
              z:
                r: 2
            """,
        [],
        null);

    [Fact]
    public void Helm4_Null_ParentValuesDeleteSubchartDefault() => Check(
        4,
        Make("p", """
            sub:
              y: null
              z:
                q: null
              n: null

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1
            y: 2
            z:
              q: 1
              r: 2

            """, "")),
        [],
        """
            sub:
              "false": null
              global: {}
              x: 1
              z:
                r: 2
            """,
        [],
        null);

    [Fact]
    public void Helm3_Null_ParentValuesDeleteSubchartDefault() => Check(
        3,
        Make("p", """
            sub:
              y: null
              z:
                q: null
              n: null

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1
            y: 2
            z:
              q: 1
              r: 2

            """, "")),
        [],
        """
            sub:
              "false": null
              global: {}
              x: 1
              z:
                r: 2
            """,
        [],
        null);

    [Fact]
    public void Helm4_ParentOverridesSubchart_TableWarnings() => Check(
        4,
        Make("p", """
            sub:
              x:
                a: 1
              t: 5

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1
            t:
              k: 1
            s:
              k: 2

            """, "")),
        ["--set", "sub.s=3"],
        """
            sub:
              global: {}
              s: 3
              t: 5
              x:
                a: 1
            """,
        ["level=INFO msg=\"warning: cannot overwrite table with non table for p.sub.s (map[k:2])\"", "level=INFO msg=\"warning: skipped value for p.sub.x: Not a table.\"", "level=INFO msg=\"warning: skipped value for p.sub.x: Not a table.\"", "level=INFO msg=\"warning: skipped value for p.sub.x: Not a table.\""],
        null);

    [Fact]
    public void Helm3_ParentOverridesSubchart_TableWarnings() => Check(
        3,
        Make("p", """
            sub:
              x:
                a: 1
              t: 5

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1
            t:
              k: 1
            s:
              k: 2

            """, "")),
        ["--set", "sub.s=3"],
        """
            sub:
              global: {}
              s: 3
              t: 5
              x:
                a: 1
            """,
        ["coalesce.go:237: warning: skipped value for p.sub.x: Not a table.", "coalesce.go:237: warning: skipped value for p.sub.x: Not a table.", "coalesce.go:237: warning: skipped value for p.sub.x: Not a table.", "coalesce.go:298: warning: cannot overwrite table with non table for p.sub.s (map[k:2])"],
        null);

    [Fact]
    public void Helm4_SubchartValuesNotTable_Errors() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub=3"],
        null,
        ["level=ERROR msg=\"chart dependencies processing failed\" error=\"type mismatch on sub: %!t(int64=3)\""],
        "chart dependencies processing failed: type mismatch on sub: %!t(int64=3)");

    [Fact]
    public void Helm3_SubchartValuesNotTable_Errors() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub=3"],
        null,
        [],
        "type mismatch on sub: %!t(int64=3)");

    [Fact]
    public void Helm4_Condition_FalseDropsSubchart() => Check(
        4,
        Make("p", """
            a: 1

            """, """
            - name: sub
              version: 0.1.0
              condition: sub.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub.enabled=false"],
        """
            a: 1
            sub:
              enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm3_Condition_FalseDropsSubchart() => Check(
        3,
        Make("p", """
            a: 1

            """, """
            - name: sub
              version: 0.1.0
              condition: sub.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub.enabled=false"],
        """
            a: 1
            sub:
              enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm4_Condition_FirstResolvingPathWins() => Check(
        4,
        Make("p", """
            sub:
              on2: "x"
              off: false

            """, """
            - name: sub
              version: 0.1.0
              condition: missing.path,sub.on2,sub.off,sub.none

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              "false": false
              global: {}
              on2: x
              x: 1
            """,
        ["level=WARN msg=\"returned non-bool value\" path=sub.on2 chart=sub"],
        null);

    [Fact]
    public void Helm3_Condition_FirstResolvingPathWins() => Check(
        3,
        Make("p", """
            sub:
              on2: "x"
              off: false

            """, """
            - name: sub
              version: 0.1.0
              condition: missing.path,sub.on2,sub.off,sub.none

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              "false": false
              global: {}
              on2: x
              x: 1
            """,
        ["dependencies.go:63: Warning: Condition path 'sub.on2' for chart sub returned non-bool value"],
        null);

    [Fact]
    public void Helm4_Condition_SpaceAfterCommaNotTrimmed() => Check(
        4,
        Make("p", """
            sub:
              off: false

            """, """
            - name: sub
              version: 0.1.0
              condition: nope, sub.off

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              "false": false
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Condition_SpaceAfterCommaNotTrimmed() => Check(
        3,
        Make("p", """
            sub:
              off: false

            """, """
            - name: sub
              version: 0.1.0
              condition: nope, sub.off

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              "false": false
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Tags_FalseDisables_TrueWins() => Check(
        4,
        Make("p", """
            tags:
              front: false

            """, """
            - name: sub
              version: 0.1.0
              tags: [front, back]
            - name: other
              version: 0.1.0
              tags: [front]

            """, Make("other", """
            o: 1

            """, ""), Make("sub", """
            x: 1

            """, "")),
        ["--set", "tags.back=true"],
        """
            sub:
              global: {}
              x: 1
            tags:
              back: true
              front: false
            """,
        [],
        null);

    [Fact]
    public void Helm3_Tags_FalseDisables_TrueWins() => Check(
        3,
        Make("p", """
            tags:
              front: false

            """, """
            - name: sub
              version: 0.1.0
              tags: [front, back]
            - name: other
              version: 0.1.0
              tags: [front]

            """, Make("other", """
            o: 1

            """, ""), Make("sub", """
            x: 1

            """, "")),
        ["--set", "tags.back=true"],
        """
            sub:
              global: {}
              x: 1
            tags:
              back: true
              front: false
            """,
        [],
        null);

    [Fact]
    public void Helm4_Tags_NonBoolWarns_ConditionOverrides() => Check(
        4,
        Make("p", """
            tags:
              front: "yes"
              back: false
            sub:
              on: true

            """, """
            - name: sub
              version: 0.1.0
              tags: [front, back]
              condition: sub.enabled
            - name: other
              version: 0.1.0
              tags: [back]
              condition: other.enabled

            """, Make("other", """
            o: 1
            enabled: true

            """, ""), Make("sub", """
            x: 1

            """, "")),
        [],
        """
            other:
              enabled: true
              global: {}
              o: 1
            sub:
              "true": true
            tags:
              back: false
              front: "yes"
            """,
        ["level=WARN msg=\"returned non-bool value\" tag=front chart=sub"],
        null);

    [Fact]
    public void Helm3_Tags_NonBoolWarns_ConditionOverrides() => Check(
        3,
        Make("p", """
            tags:
              front: "yes"
              back: false
            sub:
              on: true

            """, """
            - name: sub
              version: 0.1.0
              tags: [front, back]
              condition: sub.enabled
            - name: other
              version: 0.1.0
              tags: [back]
              condition: other.enabled

            """, Make("other", """
            o: 1
            enabled: true

            """, ""), Make("sub", """
            x: 1

            """, "")),
        [],
        """
            other:
              enabled: true
              global: {}
              o: 1
            sub:
              "true": true
            tags:
              back: false
              front: "yes"
            """,
        ["dependencies.go:94: Warning: Tag 'front' for chart sub returned non-bool value"],
        null);

    [Fact]
    public void Helm4_Alias_TwoCopies() => Check(
        4,
        Make("p", """
            first:
              y: 1

            """, """
            - name: sub
              version: 0.1.0
              alias: first
            - name: sub
              version: "~0.1"
              alias: second
              condition: second.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "second.x=2"],
        """
            first:
              global: {}
              "true": 1
              x: 1
            second:
              global: {}
              x: 2
            """,
        [],
        null);

    [Fact]
    public void Helm3_Alias_TwoCopies() => Check(
        3,
        Make("p", """
            first:
              y: 1

            """, """
            - name: sub
              version: 0.1.0
              alias: first
            - name: sub
              version: "~0.1"
              alias: second
              condition: second.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "second.x=2"],
        """
            first:
              global: {}
              "true": 1
              x: 1
            second:
              global: {}
              x: 2
            """,
        [],
        null);

    [Fact]
    public void Helm4_Alias_DisabledByCondition() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: first
            - name: sub
              version: 0.1.0
              alias: second
              condition: second.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "second.enabled=false"],
        """
            first:
              global: {}
              x: 1
            second:
              enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm3_Alias_DisabledByCondition() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: first
            - name: sub
              version: 0.1.0
              alias: second
              condition: second.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "second.enabled=false"],
        """
            first:
              global: {}
              x: 1
            second:
              enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm4_Nested_ConditionPathIsPrefixed() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              condition: leaf.enabled

            """, Make("leaf", """
            l: 1

            """, ""))),
        ["--set", "sub.leaf.enabled=false"],
        """
            sub:
              global: {}
              leaf:
                enabled: false
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Nested_ConditionPathIsPrefixed() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              condition: leaf.enabled

            """, Make("leaf", """
            l: 1

            """, ""))),
        ["--set", "sub.leaf.enabled=false"],
        """
            sub:
              global: {}
              leaf:
                enabled: false
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Nested_SubchartDefaultsDecideCondition() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            leaf:
              enabled: false

            """, """
            - name: leaf
              version: 0.1.0
              condition: leaf.enabled

            """, Make("leaf", """
            l: 1

            """, ""))),
        [],
        """
            sub:
              global: {}
              leaf:
                enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm3_Nested_SubchartDefaultsDecideCondition() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            leaf:
              enabled: false

            """, """
            - name: leaf
              version: 0.1.0
              condition: leaf.enabled

            """, Make("leaf", """
            l: 1

            """, ""))),
        [],
        """
            sub:
              global: {}
              leaf:
                enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm4_Import_StringForm() => Check(
        4,
        Make("p", """
            data:
              b: parent

            """, """
            - name: sub
              version: 0.1.0
              import-values:
              - data

            """, Make("sub", """
            exports:
              data:
                a: 1
                b: child
            x: 1

            """, "")),
        [],
        """
            a: 1
            b: child
            data:
              b: parent
            sub:
              exports:
                data:
                  a: 1
                  b: child
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Import_StringForm() => Check(
        3,
        Make("p", """
            data:
              b: parent

            """, """
            - name: sub
              version: 0.1.0
              import-values:
              - data

            """, Make("sub", """
            exports:
              data:
                a: 1
                b: child
            x: 1

            """, "")),
        [],
        """
            a: 1
            b: child
            data:
              b: parent
            sub:
              exports:
                data:
                  a: 1
                  b: child
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Import_MapForm() => Check(
        4,
        Make("p", """
            imported:
              b: parent

            """, """
            - name: sub
              version: 0.1.0
              import-values:
              - child: deep.inner
                parent: imported
              - child: deep
                parent: whole.copy

            """, Make("sub", """
            deep:
              inner:
                a: 1
                b: 2
                c: 3
                n: null

            """, "")),
        ["--set", "imported.c=user"],
        """
            imported:
              a: 1
              b: parent
              c: user
              "false": null
            sub:
              deep:
                inner:
                  a: 1
                  b: 2
                  c: 3
                  "false": null
              global: {}
            whole:
              copy:
                inner:
                  a: 1
                  b: 2
                  c: 3
                  "false": null
            """,
        [],
        null);

    [Fact]
    public void Helm3_Import_MapForm() => Check(
        3,
        Make("p", """
            imported:
              b: parent

            """, """
            - name: sub
              version: 0.1.0
              import-values:
              - child: deep.inner
                parent: imported
              - child: deep
                parent: whole.copy

            """, Make("sub", """
            deep:
              inner:
                a: 1
                b: 2
                c: 3
                n: null

            """, "")),
        ["--set", "imported.c=user"],
        """
            imported:
              a: 1
              b: parent
              c: user
              "false": null
            sub:
              deep:
                inner:
                  a: 1
                  b: 2
                  c: 3
              global: {}
            whole:
              copy:
                inner:
                  a: 1
                  b: 2
                  c: 3
                  "false": null
            """,
        [],
        null);

    [Fact]
    public void Helm4_Import_MissingTable_Warns() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - nothere
              - child: also.missing
                parent: x

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        ["level=WARN msg=\"ImportValues missing table from chart\" chart=sub error=\"\\\"also\\\" is not a table\"", "level=WARN msg=\"ImportValues missing table\" error=\"\\\"exports\\\" is not a table\""],
        null);

    [Fact]
    public void Helm3_Import_MissingTable_Warns() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - nothere
              - child: also.missing
                parent: x

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        ["dependencies.go:269: Warning: ImportValues missing table from chart sub: \"also\" is not a table", "dependencies.go:286: Warning: ImportValues missing table: \"exports\" is not a table"],
        null);

    [Fact]
    public void Helm4_Import_FromNestedChild() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: fromleaf
                parent: got

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              import-values:
              - child: l
                parent: fromleaf

            """, Make("leaf", """
            l:
              v: 1

            """, ""))),
        [],
        """
            got:
              v: 1
            sub:
              fromleaf:
                v: 1
              global: {}
              leaf:
                global: {}
                l:
                  v: 1
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Import_FromNestedChild() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: fromleaf
                parent: got

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              import-values:
              - child: l
                parent: fromleaf

            """, Make("leaf", """
            l:
              v: 1

            """, ""))),
        [],
        """
            got:
              v: 1
            sub:
              fromleaf:
                v: 1
              global: {}
              leaf:
                global: {}
                l:
                  v: 1
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Version_Unmatched_KeepsLoadedChart() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: ^2.0.0
              alias: renamed
              condition: sub.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Version_Unmatched_KeepsLoadedChart() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: ^2.0.0
              alias: renamed
              condition: sub.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_EnabledFalseInChartYaml_Ignored() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              enabled: false

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_EnabledFalseInChartYaml_Ignored() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              enabled: false

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_NoDependenciesKey_SubchartKept() => Check(
        4,
        Make("p", """
            a: 1

            """, "", Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub.y=2"],
        """
            a: 1
            sub:
              global: {}
              x: 1
              "y": 2
            """,
        [],
        null);

    [Fact]
    public void Helm3_NoDependenciesKey_SubchartKept() => Check(
        3,
        Make("p", """
            a: 1

            """, "", Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub.y=2"],
        """
            a: 1
            sub:
              global: {}
              x: 1
              "y": 2
            """,
        [],
        null);

    [Fact]
    public void Helm4_Globals_ConflictMapOntoNonMap_Warns() => Check(
        4,
        Make("p", """
            global:
              t:
                x: 1
              s: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              t: scalar
              s:
                k: 1

            """, "")),
        [],
        """
            global:
              s: 1
              t:
                x: 1
            sub:
              global:
                s: 1
                t:
                  x: 1
            """,
        ["level=INFO msg=\"warning: cannot overwrite table with non table for p.sub.global.s (map[k:1])\"", "level=INFO msg=\"warning: cannot overwrite table with non table for p.sub.global.s (map[k:1])\"", "level=INFO msg=\"warning: cannot overwrite table with non table for p.sub.global.s (map[k:1])\"", "level=INFO msg=\"warning: destination for p.sub.global.t is a table. Ignoring non-table value (scalar)\"", "level=INFO msg=\"warning: destination for p.sub.global.t is a table. Ignoring non-table value (scalar)\"", "level=INFO msg=\"warning: destination for p.sub.global.t is a table. Ignoring non-table value (scalar)\""],
        null);

    [Fact]
    public void Helm3_Globals_ConflictMapOntoNonMap_Warns() => Check(
        3,
        Make("p", """
            global:
              t:
                x: 1
              s: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              t: scalar
              s:
                k: 1

            """, "")),
        [],
        """
            global:
              s: 1
              t:
                x: 1
            sub:
              global:
                s: 1
                t:
                  x: 1
            """,
        ["coalesce.go:298: warning: cannot overwrite table with non table for p.sub.global.s (map[k:1])", "coalesce.go:298: warning: cannot overwrite table with non table for p.sub.global.s (map[k:1])", "coalesce.go:298: warning: cannot overwrite table with non table for p.sub.global.s (map[k:1])", "coalesce.go:301: warning: destination for p.sub.global.t is a table. Ignoring non-table value (scalar)", "coalesce.go:301: warning: destination for p.sub.global.t is a table. Ignoring non-table value (scalar)", "coalesce.go:301: warning: destination for p.sub.global.t is a table. Ignoring non-table value (scalar)"],
        null);

    [Fact]
    public void Helm4_Globals_SubchartGlobalNotTable_Warns() => Check(
        4,
        Make("p", """
            global:
              a: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global: 3

            """, "")),
        [],
        """
            global:
              a: 1
            sub:
              global:
                a: 1
            """,
        ["level=INFO msg=\"warning: skipped value for p.sub.global: Not a table.\"", "level=INFO msg=\"warning: skipped value for p.sub.global: Not a table.\"", "level=INFO msg=\"warning: skipped value for p.sub.global: Not a table.\""],
        null);

    [Fact]
    public void Helm3_Globals_SubchartGlobalNotTable_Warns() => Check(
        3,
        Make("p", """
            global:
              a: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global: 3

            """, "")),
        [],
        """
            global:
              a: 1
            sub:
              global:
                a: 1
            """,
        ["coalesce.go:237: warning: skipped value for p.sub.global: Not a table.", "coalesce.go:237: warning: skipped value for p.sub.global: Not a table.", "coalesce.go:237: warning: skipped value for p.sub.global: Not a table."],
        null);

    [Fact]
    public void Helm4_Globals_UserNullRemovesGlobal() => Check(
        4,
        Make("p", """
            global:
              a: 1
              b: 2

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              a: 5

            """, "")),
        ["--set", "global.a=null"],
        """
            global:
              b: 2
            sub:
              global:
                a: 1
                b: 2
            """,
        [],
        null);

    [Fact]
    public void Helm3_Globals_UserNullRemovesGlobal() => Check(
        3,
        Make("p", """
            global:
              a: 1
              b: 2

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              a: 5

            """, "")),
        ["--set", "global.a=null"],
        """
            global:
              b: 2
            sub:
              global:
                a: 1
                b: 2
            """,
        [],
        null);

    [Fact]
    public void Helm4_Globals_StayOutOfParent() => Check(
        4,
        Make("p", """
            x: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              fromsub: 1

            """, "")),
        [],
        """
            sub:
              global:
                fromsub: 1
            x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Globals_StayOutOfParent() => Check(
        3,
        Make("p", """
            x: 1

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              fromsub: 1

            """, "")),
        [],
        """
            sub:
              global:
                fromsub: 1
            x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Null_BothNullKeptInHelm4Only() => Check(
        4,
        Make("p", """
            sub:
              n1: null
              t:
                n2: null

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            n1: null
            t:
              n2: null
              k: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              t:
                k: 1
                n2: null
            """,
        [],
        null);

    [Fact]
    public void Helm3_Null_BothNullKeptInHelm4Only() => Check(
        3,
        Make("p", """
            sub:
              n1: null
              t:
                n2: null

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            n1: null
            t:
              n2: null
              k: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              t:
                k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Null_UserNullForSubchartKey_TypeMismatch() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub=null"],
        null,
        ["level=ERROR msg=\"chart dependencies processing failed\" error=\"type mismatch on sub: %!t(<nil>)\""],
        "chart dependencies processing failed: type mismatch on sub: %!t(<nil>)");

    [Fact]
    public void Helm3_Null_UserNullForSubchartKey_TypeMismatch() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub=null"],
        null,
        [],
        "type mismatch on sub: %!t(<nil>)");

    [Fact]
    public void Helm4_Null_UserNullForSubchartKeyWithParentDefault() => Check(
        4,
        Make("p", """
            sub:
              x: 7

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub=null"],
        """
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Null_UserNullForSubchartKeyWithParentDefault() => Check(
        3,
        Make("p", """
            sub:
              x: 7

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "sub=null"],
        """
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Null_UserNullInsideImportedTable() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: t
                parent: imported

            """, Make("sub", """
            t:
              a: 1
              b: 2

            """, "")),
        ["--set", "imported.a=null"],
        """
            imported:
              b: 2
            sub:
              global: {}
              t:
                a: 1
                b: 2
            """,
        [],
        null);

    [Fact]
    public void Helm3_Null_UserNullInsideImportedTable() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: t
                parent: imported

            """, Make("sub", """
            t:
              a: 1
              b: 2

            """, "")),
        ["--set", "imported.a=null"],
        """
            imported:
              b: 2
            sub:
              global: {}
              t:
                a: 1
                b: 2
            """,
        [],
        null);

    [Fact]
    public void Helm4_Condition_OnAliasPath() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: first
              condition: first.enabled
            - name: sub
              version: 0.1.0
              alias: second
              condition: second.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "second.enabled=false,first.enabled=true"],
        """
            first:
              enabled: true
              global: {}
              x: 1
            second:
              enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm3_Condition_OnAliasPath() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: first
              condition: first.enabled
            - name: sub
              version: 0.1.0
              alias: second
              condition: second.enabled

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "second.enabled=false,first.enabled=true"],
        """
            first:
              enabled: true
              global: {}
              x: 1
            second:
              enabled: false
            """,
        [],
        null);

    [Fact]
    public void Helm4_Condition_NullValueWarns() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              condition: c

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "c=null"],
        """
            c: null
            sub:
              global: {}
              x: 1
            """,
        ["level=WARN msg=\"returned non-bool value\" path=c chart=sub"],
        null);

    [Fact]
    public void Helm3_Condition_NullValueWarns() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              condition: c

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "c=null"],
        """
            c: null
            sub:
              global: {}
              x: 1
            """,
        ["dependencies.go:63: Warning: Condition path 'c' for chart sub returned non-bool value"],
        null);

    [Fact]
    public void Helm4_Condition_TableIsNoValue() => Check(
        4,
        Make("p", """
            c:
              d: false

            """, """
            - name: sub
              version: 0.1.0
              condition: c

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            c:
              d: false
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Condition_TableIsNoValue() => Check(
        3,
        Make("p", """
            c:
              d: false

            """, """
            - name: sub
              version: 0.1.0
              condition: c

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            c:
              d: false
            sub:
              global: {}
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Tags_NotATable_Ignored() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              tags: [a]

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "tags=1"],
        """
            sub:
              global: {}
              x: 1
            tags: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Tags_NotATable_Ignored() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              tags: [a]

            """, Make("sub", """
            x: 1

            """, "")),
        ["--set", "tags=1"],
        """
            sub:
              global: {}
              x: 1
            tags: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Tags_DisablesNestedSubchart() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              tags: [deep]

            """, Make("leaf", """
            l: 1

            """, ""))),
        ["--set", "tags.deep=false"],
        """
            sub:
              global: {}
              x: 1
            tags:
              deep: false
            """,
        [],
        null);

    [Fact]
    public void Helm3_Tags_DisablesNestedSubchart() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              tags: [deep]

            """, Make("leaf", """
            l: 1

            """, ""))),
        ["--set", "tags.deep=false"],
        """
            sub:
              global: {}
              x: 1
            tags:
              deep: false
            """,
        [],
        null);

    [Fact]
    public void Helm4_Import_MapFormToRoot() => Check(
        4,
        Make("p", """
            a: parent

            """, """
            - name: sub
              version: 0.1.0
              import-values:
              - child: t
                parent: .
              - 5

            """, Make("sub", """
            t:
              a: child
              b: child

            """, "")),
        [],
        """
            a: parent
            b: child
            sub:
              global: {}
              t:
                a: child
                b: child
            """,
        [],
        null);

    [Fact]
    public void Helm3_Import_MapFormToRoot() => Check(
        3,
        Make("p", """
            a: parent

            """, """
            - name: sub
              version: 0.1.0
              import-values:
              - child: t
                parent: .
              - 5

            """, Make("sub", """
            t:
              a: child
              b: child

            """, "")),
        [],
        """
            a: parent
            b: child
            sub:
              global: {}
              t:
                a: child
                b: child
            """,
        [],
        null);

    [Fact]
    public void Helm4_Import_ChildNotATable_Warns() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: x
                parent: py

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        ["level=WARN msg=\"ImportValues missing table from chart\" chart=sub error=\"\\\"x\\\" is not a table\""],
        null);

    [Fact]
    public void Helm3_Import_ChildNotATable_Warns() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: x
                parent: py

            """, Make("sub", """
            x: 1

            """, "")),
        [],
        """
            sub:
              global: {}
              x: 1
            """,
        ["dependencies.go:269: Warning: ImportValues missing table from chart sub: \"x\" is not a table"],
        null);

    [Fact]
    public void Helm4_Import_LaterImportWinsOverEarlier() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: t
                parent: r
            - name: other
              version: 0.1.0
              import-values:
              - child: t
                parent: r

            """, Make("other", """
            t:
              a: other
              o: 1

            """, ""), Make("sub", """
            t:
              a: sub
              s: 1

            """, "")),
        [],
        """
            other:
              global: {}
              t:
                a: other
                o: 1
            r:
              a: sub
              o: 1
              s: 1
            sub:
              global: {}
              t:
                a: sub
                o: 1
                s: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Import_LaterImportWinsOverEarlier() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              import-values:
              - child: t
                parent: r
            - name: other
              version: 0.1.0
              import-values:
              - child: t
                parent: r

            """, Make("other", """
            t:
              a: other
              o: 1

            """, ""), Make("sub", """
            t:
              a: sub
              s: 1

            """, "")),
        [],
        """
            other:
              global: {}
              t:
                a: other
                o: 1
            r:
              a: sub
              o: 1
              s: 1
            sub:
              global: {}
              t:
                a: sub
                o: 1
                s: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Import_FromAliasedChart() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: al
              import-values:
              - child: t
                parent: fromal

            """, Make("sub", """
            t:
              a: 1

            """, "")),
        [],
        """
            al:
              global: {}
              t:
                a: 1
            fromal:
              a: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Import_FromAliasedChart() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: al
              import-values:
              - child: t
                parent: fromal

            """, Make("sub", """
            t:
              a: 1

            """, "")),
        [],
        """
            al:
              global: {}
              t:
                a: 1
            fromal:
              a: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Nested_AliasUnderAlias() => Check(
        4,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: top

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              alias: inner

            """, Make("leaf", """
            l: 1

            """, ""))),
        ["--set", "top.inner.z=1"],
        """
            top:
              global: {}
              inner:
                global: {}
                l: 1
                z: 1
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Nested_AliasUnderAlias() => Check(
        3,
        Make("p", "", """
            - name: sub
              version: 0.1.0
              alias: top

            """, Make("sub", """
            x: 1

            """, """
            - name: leaf
              version: 0.1.0
              alias: inner

            """, Make("leaf", """
            l: 1

            """, ""))),
        ["--set", "top.inner.z=1"],
        """
            top:
              global: {}
              inner:
                global: {}
                l: 1
                z: 1
              x: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Nested_GlobalsThroughThreeLevels() => Check(
        4,
        Make("p", """
            sub:
              global:
                s: fromparent

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              g: sub

            """, """
            - name: leaf
              version: 0.1.0

            """, Make("leaf", """
            global:
              g: leaf
              l: leaf

            """, ""))),
        ["--set", "global.g=root"],
        """
            global:
              g: root
            sub:
              global:
                g: root
                s: fromparent
              leaf:
                global:
                  g: root
                  l: leaf
                  s: fromparent
            """,
        [],
        null);

    [Fact]
    public void Helm3_Nested_GlobalsThroughThreeLevels() => Check(
        3,
        Make("p", """
            sub:
              global:
                s: fromparent

            """, """
            - name: sub
              version: 0.1.0

            """, Make("sub", """
            global:
              g: sub

            """, """
            - name: leaf
              version: 0.1.0

            """, Make("leaf", """
            global:
              g: leaf
              l: leaf

            """, ""))),
        ["--set", "global.g=root"],
        """
            global:
              g: root
            sub:
              global:
                g: root
                s: fromparent
              leaf:
                global:
                  g: root
                  l: leaf
                  s: fromparent
            """,
        [],
        null);

    private static void Check(int helmMajor, Chart chart, string[] args, string? expectedValues, string[] expectedWarnings, string? expectedError, params (string Name, string Content)[] files)
    {
        string dir = Directory.CreateTempSubdirectory("bosun-values-").FullName;
        try
        {
            foreach (var (name, content) in files)
            {
                File.WriteAllText(Path.Combine(dir, name), content);
            }

            var (values, error, warnings) = Run(helmMajor, chart, args, path => Path.Combine(dir, path));
            Assert.Equal(expectedError, error);
            Assert.Equal(expectedValues, values);
            Assert.Equal(expectedWarnings, warnings);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
