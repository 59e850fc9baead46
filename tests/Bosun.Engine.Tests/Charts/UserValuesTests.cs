using Bosun.Engine.Charts;
using static Bosun.Engine.Tests.Charts.Dependencies.ChartTrees;

namespace Bosun.Engine.Tests.Charts;

/// <summary>Expected values, errors and warnings as helm v4.1.4 and v3.17.2 print them for the same chart and flags.</summary>
public class UserValuesTests
{
    [Fact]
    public void Helm4_Set_ScalarTypes() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=1,b=true,c=FALSE,d=null,e=007,f=1.5,g=-3,h=+4,i=0,j=,k=9223372036854775808,l=-0,m=1e3"],
        """
            a: 1
            b: true
            c: false
            e: "007"
            f: "1.5"
            g: -3
            h: 4
            i: 0
            j: ""
            k: "9223372036854775808"
            l: 0
            m: "1e3"
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_ScalarTypes() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=1,b=true,c=FALSE,d=null,e=007,f=1.5,g=-3,h=+4,i=0,j=,k=9223372036854775808,l=-0,m=1e3"],
        """
            a: 1
            b: true
            c: false
            e: "007"
            f: "1.5"
            g: -3
            h: 4
            i: 0
            j: ""
            k: "9223372036854775808"
            l: 0
            m: "1e3"
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_Lists() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "list={a,1,true,null,},empty={},n=2"],
        """
            d: default
            empty:
            - ""
            list:
            - a
            - 1
            - true
            - null
            - ""
            "n": 2
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_Lists() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "list={a,1,true,null,},empty={},n=2"],
        """
            d: default
            empty:
            - ""
            list:
            - a
            - 1
            - true
            - null
            - ""
            "n": 2
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_Escapes() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a\\.b=c\\,d,e=f\\=g,h\\[0\\]=x,uni=\\\u00fc"],
        """
            a.b: c,d
            d: default
            e: f=g
            h[0]: x
            t:
              k: 1
            uni: ü
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_Escapes() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a\\.b=c\\,d,e=f\\=g,h\\[0\\]=x,uni=\\\u00fc"],
        """
            a.b: c,d
            d: default
            e: f=g
            h[0]: x
            t:
              k: 1
            uni: ü
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_Indexes() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "l[2]=c,l[0]=a,m[1].x=1,m[1].y=2,n[0][1]=z"],
        """
            d: default
            l:
            - a
            - null
            - c
            m:
            - null
            - x: 1
              "y": 2
            "n":
            - - null
              - z
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_Indexes() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "l[2]=c,l[0]=a,m[1].x=1,m[1].y=2,n[0][1]=z"],
        """
            d: default
            l:
            - a
            - null
            - c
            m:
            - null
            - x: 1
              "y": 2
            "n":
            - - null
              - z
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_IndexOverwritesNonMapItem() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "l[0]=a", "--set", "l[0].b=1"],
        """
            d: default
            l:
            - b: 1
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_IndexOverwritesNonMapItem() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "l[0]=a", "--set", "l[0].b=1"],
        """
            d: default
            l:
            - b: 1
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_NestedMapsMerge() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "t.j=2,t.k=null", "--set", "u.v.w=1"],
        """
            d: default
            t:
              j: 2
            u:
              v:
                w: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_NestedMapsMerge() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "t.j=2,t.k=null", "--set", "u.v.w=1"],
        """
            d: default
            t:
              j: 2
            u:
              v:
                w: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_LaterWins() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=1", "--set", "a=2,a=3"],
        """
            a: 3
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_LaterWins() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=1", "--set", "a=2,a=3"],
        """
            a: 3
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_ListInsideIndex() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "l[0]={1,2}"],
        """
            d: default
            l:
            - - 1
              - 2
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_ListInsideIndex() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "l[0]={1,2}"],
        """
            d: default
            l:
            - - 1
              - 2
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_EndsAtDot_Ignored() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a."],
        """
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_EndsAtDot_Ignored() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a."],
        """
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_IndexWithoutValue_EmptyList() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0]"],
        """
            a: []
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_IndexWithoutValue_EmptyList() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0]"],
        """
            a: []
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Set_UnterminatedIndex() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0"],
        """
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_UnterminatedIndex() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0"],
        null,
        [],
        "failed parsing --set data: error parsing index: EOF");

    [Fact]
    public void Helm4_SetString_KeepsStrings() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-string", "a=1,b=true,c=null,l={1,x},m[0]=007"],
        """
            a: "1"
            b: "true"
            c: "null"
            d: default
            l:
            - "1"
            - x
            m:
            - "007"
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_SetString_KeepsStrings() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-string", "a=1,b=true,c=null,l={1,x},m[0]=007"],
        """
            a: "1"
            b: "true"
            c: "null"
            d: default
            l:
            - "1"
            - x
            m:
            - "007"
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_SetJson_KeyForms() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a={\"x\":1,\"y\":[1,2.5,\"s\",null]},b=,c=null,d=\"s\", e = true", "--set-json", "l[1]={\"k\":\"v\"}"],
        """
            ' e ': true
            a:
              x: 1
              "y":
              - 1
              - 2.5
              - s
              - null
            b: null
            c: null
            d: s
            l:
            - null
            - k: v
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_SetJson_KeyForms() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a={\"x\":1,\"y\":[1,2.5,\"s\",null]},b=,c=null,d=\"s\", e = true", "--set-json", "l[1]={\"k\":\"v\"}"],
        """
            ' e ': true
            a:
              x: 1
              "y":
              - 1
              - 2.5
              - s
              - null
            b: null
            c: null
            d: s
            l:
            - null
            - k: v
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_SetJson_TwoValuesWithoutComma() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a=1 b=2"],
        """
            a: 1
            b: 2
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_SetJson_TwoValuesWithoutComma() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a=1 b=2"],
        """
            a: 1
            b: 2
            d: default
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_SetJson_WholeObject() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "{\"t\":{\"j\":2},\"z\":[1]}", "--set-json", "  {\"t\":{\"k\":null}}"],
        """
            d: default
            t:
              j: 2
            z:
            - 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_SetJson_WholeObject() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "{\"t\":{\"j\":2},\"z\":[1]}", "--set-json", "  {\"t\":{\"k\":null}}"],
        null,
        [],
        "failed parsing --set-json data {\"t\":{\"j\":2},\"z\":[1]}");

    [Fact]
    public void Helm4_SetJson_Invalid() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a={"],
        null,
        [],
        "failed parsing --set-json data a={");

    [Fact]
    public void Helm3_SetJson_Invalid() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a={"],
        null,
        [],
        "failed parsing --set-json data a={");

    [Fact]
    public void Helm4_SetJson_TrailingGarbage() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a=1x"],
        null,
        [],
        "failed parsing --set-json data a=1x");

    [Fact]
    public void Helm3_SetJson_TrailingGarbage() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a=1x"],
        null,
        [],
        "failed parsing --set-json data a=1x");

    [Fact]
    public void Helm4_SetJson_WholeObjectInvalid() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "{\"a\":1} x"],
        null,
        [],
        "failed parsing --set-json data JSON: {\"a\":1} x");

    [Fact]
    public void Helm3_SetJson_WholeObjectInvalid() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "{\"a\":1} x"],
        null,
        [],
        "failed parsing --set-json data {\"a\":1} x");

    [Fact]
    public void Helm4_SetLiteral_Verbatim() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "a.b=x,y=z\\,{}", "--set-literal", "l[1]=={1}"],
        """
            a:
              b: x,y=z\,{}
            d: default
            l:
            - null
            - ={1}
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_SetLiteral_Verbatim() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "a.b=x,y=z\\,{}", "--set-literal", "l[1]=={1}"],
        """
            a:
              b: x,y=z\,{}
            d: default
            l:
            - null
            - ={1}
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_Order_FilesJsonSetStringLiteral() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "one.yaml", "-f", "two.yaml", "--set-literal", "e=lit", "--set-string", "c=str,e=str", "--set", "b=set,c=set,e=set", "--set-json", "a=\"json\",b=\"json\",c=\"json\",e=\"json\""],
        """
            a: json
            b: set
            c: str
            d: default
            e: lit
            f: two
            t:
              j: one
              k: two
            """,
        [],
        null, ("one.yaml", "a: one\nb: one\nc: one\ne: one\nf: one\nt:\n  j: one\n"), ("two.yaml", "f: two\nt:\n  k: two\n"));

    [Fact]
    public void Helm3_Order_FilesJsonSetStringLiteral() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "one.yaml", "-f", "two.yaml", "--set-literal", "e=lit", "--set-string", "c=str,e=str", "--set", "b=set,c=set,e=set", "--set-json", "a=\"json\",b=\"json\",c=\"json\",e=\"json\""],
        """
            a: json
            b: set
            c: str
            d: default
            e: lit
            f: two
            t:
              j: one
              k: two
            """,
        [],
        null, ("one.yaml", "a: one\nb: one\nc: one\ne: one\nf: one\nt:\n  j: one\n"), ("two.yaml", "f: two\nt:\n  k: two\n"));

    [Fact]
    public void Helm4_Files_MultiDocument() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "multi.yaml"],
        """
            a: 1
            b: 2
            c: 2
            d: default
            t:
              k: 1
            """,
        [],
        null, ("multi.yaml", "a: 1\nb: 1\n---\nb: 2\nc: 2\n"));

    [Fact]
    public void Helm3_Files_MultiDocument() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "multi.yaml"],
        """
            a: 1
            b: 1
            d: default
            t:
              k: 1
            """,
        [],
        null, ("multi.yaml", "a: 1\nb: 1\n---\nb: 2\nc: 2\n"));

    [Fact]
    public void Helm4_Files_NullDeletesDefault() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "n.yaml"],
        """
            t: {}
            """,
        [],
        null, ("n.yaml", "d: null\nt:\n  k: null\n"));

    [Fact]
    public void Helm3_Files_NullDeletesDefault() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "n.yaml"],
        """
            t: {}
            """,
        [],
        null, ("n.yaml", "d: null\nt:\n  k: null\n"));

    [Fact]
    public void Helm4_SetFile_ReadsContent() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "a=content.txt,b.c=content.txt"],
        """
            a: |
              line1
              line2: x
            b:
              c: |
                line1
                line2: x
            d: default
            t:
              k: 1
            """,
        [],
        null, ("content.txt", "line1\nline2: x\n"));

    [Fact]
    public void Helm3_SetFile_ReadsContent() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "a=content.txt,b.c=content.txt"],
        """
            a: |
              line1
              line2: x
            b:
              c: |
                line1
                line2: x
            d: default
            t:
              k: 1
            """,
        [],
        null, ("content.txt", "line1\nline2: x\n"));

    [Fact]
    public void Helm4_SetFile_Missing() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "a=missing.txt"],
        null,
        [],
        "failed parsing --set-file data: open missing.txt: no such file or directory");

    [Fact]
    public void Helm3_SetFile_Missing() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "a=missing.txt"],
        null,
        [],
        "failed parsing --set-file data: open missing.txt: no such file or directory");

    [Fact]
    public void Helm4_Files_Missing() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "missing.yaml"],
        null,
        [],
        "open missing.yaml: no such file or directory");

    [Fact]
    public void Helm3_Files_Missing() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["-f", "missing.yaml"],
        null,
        [],
        "open missing.yaml: no such file or directory");

    [Fact]
    public void Helm4_Error_KeyWithoutValue() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a"],
        null,
        [],
        "failed parsing --set data: key \"a\" has no value");

    [Fact]
    public void Helm3_Error_KeyWithoutValue() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a"],
        null,
        [],
        "failed parsing --set data: key \"a\" has no value");

    [Fact]
    public void Helm4_Error_KeyEndsWithComma() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a,b=1"],
        null,
        [],
        "failed parsing --set data: key \"a\" has no value (cannot end with ,)");

    [Fact]
    public void Helm3_Error_KeyEndsWithComma() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a,b=1"],
        null,
        [],
        "failed parsing --set data: key \"a\" has no value (cannot end with ,)");

    [Fact]
    public void Helm4_Error_KeyMapWithoutValue() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.b"],
        null,
        [],
        "failed parsing --set data: key \"b\" has no value");

    [Fact]
    public void Helm3_Error_KeyMapWithoutValue() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.b"],
        null,
        [],
        "failed parsing --set data: key \"b\" has no value");

    [Fact]
    public void Helm4_Error_ListUnterminated() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a={1,2"],
        null,
        [],
        "failed parsing --set data: list must terminate with '}'");

    [Fact]
    public void Helm3_Error_ListUnterminated() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a={1,2"],
        null,
        [],
        "failed parsing --set data: list must terminate with '}'");

    [Fact]
    public void Helm4_Error_DataAfterIndex() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0]x=1"],
        null,
        [],
        "failed parsing --set data: unexpected data at end of array index: ['x']");

    [Fact]
    public void Helm3_Error_DataAfterIndex() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0]x=1"],
        null,
        [],
        "failed parsing --set data: unexpected data at end of array index: ['x']");

    [Fact]
    public void Helm4_Error_MapOverScalar() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=1,a.b=2"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}");

    [Fact]
    public void Helm3_Error_MapOverScalar() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=1,a.b=2"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}");

    [Fact]
    public void Helm4_Error_IndexOverMap() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.b=1,a[0]=2"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is map[string]interface {}, not []interface {}");

    [Fact]
    public void Helm3_Error_IndexOverMap() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.b=1,a[0]=2"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is map[string]interface {}, not []interface {}");

    [Fact]
    public void Helm4_Error_IndexOverNull() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=null,a[0]=1"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is nil, not []interface {}");

    [Fact]
    public void Helm3_Error_IndexOverNull() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=null,a[0]=1"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is nil, not []interface {}");

    [Fact]
    public void Helm4_Error_NestedTooDeep() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "k0.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10.k11.k12.k13.k14.k15.k16.k17.k18.k19.k20.k21.k22.k23.k24.k25.k26.k27.k28.k29.k30.k31=1"],
        null,
        [],
        "failed parsing --set data: value name nested level is greater than maximum supported nested level of 30");

    [Fact]
    public void Helm3_Error_NestedTooDeep() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "k0.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10.k11.k12.k13.k14.k15.k16.k17.k18.k19.k20.k21.k22.k23.k24.k25.k26.k27.k28.k29.k30.k31=1"],
        null,
        [],
        "failed parsing --set data: value name nested level is greater than maximum supported nested level of 30");

    [Fact]
    public void Helm4_Error_IndexNotNumber() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[x]=1"],
        null,
        [],
        "failed parsing --set data: error parsing index: strconv.Atoi: parsing \"x\": invalid syntax");

    [Fact]
    public void Helm3_Error_IndexNotNumber() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[x]=1"],
        null,
        [],
        "failed parsing --set data: error parsing index: strconv.Atoi: parsing \"x\": invalid syntax");

    [Fact]
    public void Helm4_Error_IndexNegative() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[-1]=1"],
        null,
        [],
        "failed parsing --set data: negative -1 index not allowed");

    [Fact]
    public void Helm3_Error_IndexNegative() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[-1]=1"],
        null,
        [],
        "failed parsing --set data: negative -1 index not allowed");

    [Fact]
    public void Helm4_Error_IndexTooLarge() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[65537]=1"],
        null,
        [],
        "failed parsing --set data: index of 65537 is greater than maximum supported index of 65536");

    [Fact]
    public void Helm3_Error_IndexTooLarge() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[65537]=1"],
        null,
        [],
        "failed parsing --set data: index of 65537 is greater than maximum supported index of 65536");

    [Fact]
    public void Helm4_Error_IndexOutOfRange() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[99999999999999999999]=1"],
        null,
        [],
        "failed parsing --set data: error parsing index: strconv.Atoi: parsing \"99999999999999999999\": value out of range");

    [Fact]
    public void Helm3_Error_IndexOutOfRange() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[99999999999999999999]=1"],
        null,
        [],
        "failed parsing --set data: error parsing index: strconv.Atoi: parsing \"99999999999999999999\": value out of range");

    [Fact]
    public void Helm4_Error_SetStringKeyWithoutValue() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-string", "a.b"],
        null,
        [],
        "failed parsing --set-string data: key \"b\" has no value");

    [Fact]
    public void Helm3_Error_SetStringKeyWithoutValue() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-string", "a.b"],
        null,
        [],
        "failed parsing --set-string data: key \"b\" has no value");

    [Fact]
    public void Helm4_Error_SetLiteralKeyWithoutValue() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "a"],
        null,
        [],
        "failed parsing --set-literal data: key \"a\" has no value");

    [Fact]
    public void Helm3_Error_SetLiteralKeyWithoutValue() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "a"],
        null,
        [],
        "failed parsing --set-literal data: key \"a\" has no value");

    [Fact]
    public void Helm4_Error_SetLiteralMapOverScalar() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "d.x=1", "--set", "d=1"],
        null,
        [],
        "failed parsing --set-literal data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}");

    [Fact]
    public void Helm3_Error_SetLiteralMapOverScalar() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "d.x=1", "--set", "d=1"],
        null,
        [],
        "failed parsing --set-literal data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}");

    [Fact]
    public void Helm4_Error_EmptyKeyAfterDot() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.=1"],
        null,
        [],
        "failed parsing --set data: key map \"a\" has no value");

    [Fact]
    public void Helm3_Error_EmptyKeyAfterDot() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.=1"],
        null,
        [],
        "failed parsing --set data: key map \"a\" has no value");

    [Fact]
    public void Helm4_Error_DataAfterIndexRunes() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0]x\u00e9=1"],
        null,
        [],
        "failed parsing --set data: unexpected data at end of array index: ['x' '\u00e9']");

    [Fact]
    public void Helm3_Error_DataAfterIndexRunes() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a[0]x\u00e9=1"],
        null,
        [],
        "failed parsing --set data: unexpected data at end of array index: ['x' '\u00e9']");

    [Fact]
    public void Helm4_Error_LiteralDataAfterIndex() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "a[0]x=1"],
        null,
        [],
        "failed parsing --set-literal data: unexpected data at end of array index: ['x']");

    [Fact]
    public void Helm3_Error_LiteralDataAfterIndex() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-literal", "a[0]x=1"],
        null,
        [],
        "failed parsing --set-literal data: unexpected data at end of array index: ['x']");

    [Fact]
    public void Helm4_Error_SetJsonIndexOverMap() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.b=1", "--set-json", "a[0]=1"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is []interface {}, not map[string]interface {}");

    [Fact]
    public void Helm3_Error_SetJsonIndexOverMap() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a.b=1", "--set-json", "a[0]=1"],
        null,
        [],
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is []interface {}, not map[string]interface {}");

    [Fact]
    public void Helm4_Error_SetFileKeyWithoutValue() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "a"],
        null,
        [],
        "failed parsing --set-file data: key \"a\" has no value");

    [Fact]
    public void Helm3_Error_SetFileKeyWithoutValue() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "a"],
        null,
        [],
        "failed parsing --set-file data: key \"a\" has no value");

    [Fact]
    public void Helm4_SetFile_ListOfFiles() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "l={f1.txt,f2.txt}"],
        """
            d: default
            l:
            - one
            - |
              two
            t:
              k: 1
            """,
        [],
        null, ("f1.txt", "one"), ("f2.txt", "two\n"));

    [Fact]
    public void Helm3_SetFile_ListOfFiles() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-file", "l={f1.txt,f2.txt}"],
        """
            d: default
            l:
            - one
            - |
              two
            t:
              k: 1
            """,
        [],
        null, ("f1.txt", "one"), ("f2.txt", "two\n"));

    [Fact]
    public void Helm4_Set_SpecialValues() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=fal\u017fe,b=NuLl,c= 1,d=1_000,e=0x10,f=true "],
        """
            a: false
            b: null
            c: ' 1'
            d: "1_000"
            e: "0x10"
            f: 'true '
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_Set_SpecialValues() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set", "a=fal\u017fe,b=NuLl,c= 1,d=1_000,e=0x10,f=true "],
        """
            a: false
            b: null
            c: ' 1'
            d: "1_000"
            e: "0x10"
            f: 'true '
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm4_SetJson_Numbers() => Check(
        4,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a=1,b=1.0,c=1e2,d=-0,e=12345678901234567890"],
        """
            a: 1
            b: 1
            c: 100
            d: 0
            e: 12345678901234567000
            t:
              k: 1
            """,
        [],
        null);

    [Fact]
    public void Helm3_SetJson_Numbers() => Check(
        3,
        Make("p", """
            d: default
            t:
              k: 1

            """, ""),
        ["--set-json", "a=1,b=1.0,c=1e2,d=-0,e=12345678901234567890"],
        """
            a: 1
            b: 1
            c: 100
            d: 0
            e: 12345678901234567000
            t:
              k: 1
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
