# Records helm-schema-cases.json from the real helm binaries (helm4 = v4.1.4, helm3 = v3.17.2 under
# /root/.cache/bosun/dev). Run from this folder: python3 record-helm-schema-cases.py. Each case is a chart "c" with
# the schema as values.schema.json and the values as values.yaml; the expected text is helm's stderr without
# "Error: " and the final newline (null when helm renders). Pick cases whose errors helm prints in a fixed
# order (helm visits properties in random map order).
import json
D4='"$schema":"http://json-schema.org/draft-04/schema#",'
D6='"$schema":"http://json-schema.org/draft-06/schema#",'
D7='"$schema":"http://json-schema.org/draft-07/schema#",'
D19='"$schema":"https://json-schema.org/draft/2019-09/schema",'
D20='"$schema":"https://json-schema.org/draft/2020-12/schema",'
cases = [
 ("type_integer_string", '{"properties":{"a":{"type":"integer"}}}', 'a: x'),
 ("type_integer_float", '{"properties":{"a":{"type":"integer"}}}', 'a: 1.5'),
 ("type_integer_ok_whole_float", '{"properties":{"a":{"type":"integer"}}}', 'a: 2.0'),
 ("type_multi", '{"properties":{"a":{"type":["string","null"]}}}', 'a: 3'),
 ("type_null_given", '{"properties":{"a":{"type":"string"}}}', 'a: null\nb: 1'),
 ("type_bool", '{"properties":{"a":{"type":"object"}}}', 'a: true'),
 ("type_array", '{"properties":{"a":{"type":"object"}}}', 'a: [1]'),
 ("type_object", '{"properties":{"a":{"type":"array"}}}', 'a: {b: 1}'),
 ("required_one", '{"required":["zz"]}', 'a: 1'),
 ("required_two", '{"required":["zz","yy"]}', 'a: 1'),
 ("additional_false", '{"properties":{"a":true},"additionalProperties":false}', 'a: 1\nb: 2'),
 ("additional_schema", '{"properties":{"a":true},"additionalProperties":{"type":"string"}}', 'a: 1\nb: 2'),
 ("minimum_grouping", '{"properties":{"a":{"minimum":5000}}}', 'a: 1'),
 ("maximum_float", '{"properties":{"a":{"maximum":1.5}}}', 'a: 2000.25'),
 ("maximum_big", '{"properties":{"a":{"maximum":1000000}}}', 'a: 6000000'),
 ("exclusive_min_number", '{"properties":{"a":{"exclusiveMinimum":5}}}', 'a: 5'),
 ("exclusive_max_number", '{"properties":{"a":{"exclusiveMaximum":0.5}}}', 'a: 0.5'),
 ("exclusive_min_draft4", '{'+D4+'"properties":{"a":{"minimum":5,"exclusiveMinimum":true}}}', 'a: 5'),
 ("multiple_of", '{"properties":{"a":{"multipleOf":0.3}}}', 'a: 1'),
 ("multiple_of_ok", '{"properties":{"a":{"multipleOf":0.1}}}', 'a: 0.3'),
 ("small_numbers", '{"properties":{"a":{"maximum":0.00001}}}', 'a: 0.5'),
 ("negative_numbers", '{"properties":{"a":{"minimum":-2.5}}}', 'a: -12345'),
 ("min_length_unicode", '{"properties":{"a":{"minLength":4}}}', 'a: "日本語"'),
 ("max_length", '{"properties":{"a":{"maxLength":2}}}', 'a: "abc"'),
 ("pattern", '{"properties":{"a":{"pattern":"^x\\\\d+$"}}}', 'a: "ab\'c"'),
 ("pattern_ok", '{"properties":{"a":{"pattern":"^x\\\\d+$"}}}', 'a: "x12"'),
 ("enum_primitives", '{"properties":{"d":{"enum":["x",1,null,true]}}}', 'd: 3'),
 ("enum_single", '{"properties":{"d":{"enum":["x"]}}}', 'd: y'),
 ("enum_object", '{"properties":{"d":{"enum":[{"a":1},2]}}}', 'd: 3'),
 ("const_string", '{"properties":{"d":{"const":"x"}}}', 'd: 1'),
 ("const_object", '{"properties":{"d":{"const":{"a":1}}}}', 'd: 1'),
 ("const_number_equal", '{"properties":{"d":{"const":1.0}}}', 'd: 1'),
 ("min_items", '{"properties":{"b":{"minItems":4}}}', 'b: [1,2]'),
 ("max_items", '{"properties":{"b":{"maxItems":1}}}', 'b: [1,2]'),
 ("unique_items", '{"properties":{"b":{"uniqueItems":true}}}', 'b: [1,2,1.0]'),
 ("items_schema", '{"properties":{"b":{"items":{"type":"string"}}}}', 'b: ["a", 2]'),
 ("prefix_items_2020", '{"properties":{"o":{"prefixItems":[true],"items":{"type":"string"}}}}', 'o: [1, "a", 3]'),
 ("items_array_draft7", '{'+D7+'"properties":{"c":{"items":[{"type":"integer"}],"additionalItems":false}}}', 'c: [1, 2, 3]'),
 ("additional_items_schema_draft7", '{'+D7+'"properties":{"c":{"items":[{"type":"integer"}],"additionalItems":{"type":"string"}}}}', 'c: [1, "a", 3]'),
 ("contains_none", '{"properties":{"e":{"contains":{"type":"string"}}}}', 'e: [1, 2]'),
 ("min_contains", '{"properties":{"f":{"contains":{"type":"integer"},"minContains":3}}}', 'f: [1, 2, "s"]'),
 ("max_contains", '{"properties":{"f":{"contains":{"type":"integer"},"maxContains":1}}}', 'f: [1, 2, "s"]'),
 ("min_properties", '{"properties":{"a":{"minProperties":2}}}', 'a: {x: 1}'),
 ("max_properties", '{"properties":{"a":{"maxProperties":0}}}', 'a: {x: 1}'),
 ("dependencies_array", '{"properties":{"d":{"dependencies":{"x":["y","z"]}}}}', 'd: {x: 1}'),
 ("dependent_required", '{"properties":{"d":{"dependentRequired":{"x":["q"]}}}}', 'd: {x: 1}'),
 ("dependent_schemas", '{"properties":{"d":{"dependentSchemas":{"x":{"required":["q"]}}}}}', 'd: {x: 1}'),
 ("property_names", '{"properties":{"d":{"propertyNames":{"maxLength":1}}}}', 'd: {xy: 1}'),
 ("all_of", '{"properties":{"a":{"allOf":[{"type":"string"},{"minimum":3}]}}}', 'a: 1'),
 ("any_of", '{"properties":{"b":{"anyOf":[{"type":"string"},{"minimum":3}]}}}', 'b: 1'),
 ("one_of_two", '{"properties":{"c":{"oneOf":[{"type":"integer"},{"minimum":3}]}}}', 'c: 5'),
 ("one_of_none", '{"properties":{"g":{"oneOf":[{"type":"string"},{"type":"array"}]}}}', 'g: 1'),
 ("not", '{"properties":{"d":{"not":{"type":"integer"}}}}', 'd: 1'),
 ("false_schema", '{"properties":{"e":false}}', 'e: 1'),
 ("if_then", '{"properties":{"a":{"if":{"type":"integer"},"then":{"minimum":10},"else":{"type":"string"}}}}', 'a: 1'),
 ("if_else", '{"properties":{"a":{"if":{"type":"integer"},"then":{"minimum":10},"else":{"maxLength":1}}}}', 'a: abc'),
 ("ref_defs", '{"$defs":{"s":{"type":"string"}},"properties":{"m":{"$ref":"#/$defs/s"}}}', 'm: 3'),
 ("ref_definitions_draft7", '{'+D7+'"definitions":{"s":{"type":"string","minLength":5}},"properties":{"m":{"$ref":"#/definitions/s"}}}', 'm: abc'),
 ("ref_multi_cause", '{"$defs":{"s":{"type":"string","minLength":5,"pattern":"^z"}},"properties":{"m":{"$ref":"#/$defs/s"}}}', 'm: abc'),
 ("ref_siblings_ignored_draft7", '{'+D7+'"definitions":{"s":{"type":"string"}},"properties":{"m":{"$ref":"#/definitions/s","minLength":10}}}', 'm: abc'),
 ("ref_siblings_2020", '{"$defs":{"s":{"type":"string"}},"properties":{"m":{"$ref":"#/$defs/s","minLength":10}}}', 'm: abc'),
 ("anchor_2020", '{"$defs":{"s":{"$anchor":"str","type":"string"}},"properties":{"m":{"$ref":"#str"}}}', 'm: 3'),
 ("id_ref_2020", '{"$defs":{"s":{"$id":"http://example.com/s.json","type":"string"}},"properties":{"m":{"$ref":"http://example.com/s.json"}}}', 'm: 3'),
 ("unevaluated_properties", '{"properties":{"n":{"unevaluatedProperties":false,"properties":{"x":true}}}}', 'n: {x: 1, y: 2}'),
 ("unevaluated_with_allof", '{"properties":{"n":{"allOf":[{"properties":{"x":true}}],"unevaluatedProperties":false}}}', 'n: {x: 1, y: 2}'),
 ("unevaluated_items", '{"properties":{"n":{"prefixItems":[true],"unevaluatedItems":false}}}', 'n: [1, 2]'),
 ("pattern_properties", '{"properties":{"p":{"patternProperties":{"^a":{"type":"string"}},"additionalProperties":false}}}', 'p: {ab: 1, c: 2}'),
 ("format_not_asserted_2020", '{"properties":{"i":{"format":"ipv4"}}}', 'i: 1.2.3'),
 ("format_ipv4_draft7", '{'+D7+'"properties":{"i":{"format":"ipv4"}}}', 'i: 1.2.3'),
 ("format_date_draft7", '{'+D7+'"properties":{"i":{"format":"date"}}}', 'i: "2020-13-01"'),
 ("nested_path", '{"properties":{"a":{"properties":{"b/c":{"properties":{"d":{"type":"string"}}}}}}}', 'a: {"b/c": {d: 1}}'),
 ("root_type", '{"type":"array"}', 'a: 1'),
 ("draft6_const", '{'+D6+'"properties":{"d":{"const":"x"}}}', 'd: 1'),
 ("draft2019_dependent_required", '{'+D19+'"properties":{"d":{"dependentRequired":{"x":["q"]}}}}', 'd: {x: 1}'),
 ("dynamic_ref", '{"$dynamicAnchor":"node","properties":{"kids":{"type":"array","items":{"$dynamicRef":"#node"}},"name":{"type":"string"}}}', 'kids: [{name: 1}]'),
 ("quote_escapes", '{"properties":{"a":{"enum":["it\'s \\"q\\""]}}}', 'a: "x\\ty"'),
 ("valid_all", '{"type":"object","properties":{"a":{"type":"integer","minimum":0}},"required":["a"]}', 'a: 1'),
 ("urn_ref", '{"properties":{"a":{"$ref":"urn:example:thing"}}}', 'a: 1'),
 ("format_hostname_draft7", '{'+D7+'"properties":{"i":{"format":"hostname"}}}', 'i: "-bad.example"'),
 ("format_hostname_char_draft7", '{'+D7+'"properties":{"i":{"format":"hostname"}}}', 'i: "a_b.example"'),
 ("format_email_draft7", '{'+D7+'"properties":{"i":{"format":"email"}}}', 'i: "nobody"'),
 ("format_email_ok_draft7", '{'+D7+'"properties":{"i":{"format":"email"}}}', 'i: "a@b.example"'),
 ("format_date_time_draft7", '{'+D7+'"properties":{"i":{"format":"date-time"}}}', 'i: "2020-01-01 10:00:00Z"'),
 ("format_date_time_offset_draft7", '{'+D7+'"properties":{"i":{"format":"date-time"}}}', 'i: "2020-01-01T10:00:00+0100"'),
 ("format_time_draft7", '{'+D7+'"properties":{"i":{"format":"time"}}}', 'i: "25:00:00Z"'),
 ("format_date_bad_day_draft7", '{'+D7+'"properties":{"i":{"format":"date"}}}', 'i: "2021-02-29"'),
 ("format_date_short_draft7", '{'+D7+'"properties":{"i":{"format":"date"}}}', 'i: "2021-2-01"'),
 ("format_uuid_draft7", '{'+D7+'"properties":{"i":{"format":"uuid"}}}', 'i: "1234"'),
 ("format_ipv4_leading_zero_draft7", '{'+D7+'"properties":{"i":{"format":"ipv4"}}}', 'i: "01.2.3.4"'),
 ("format_regex_draft7", '{'+D7+'"properties":{"i":{"format":"regex"}}}', 'i: "a("'),
 ("format_json_pointer_draft7", '{'+D7+'"properties":{"i":{"format":"json-pointer"}}}', 'i: "a/b"'),
 ("format_unknown_draft7", '{'+D7+'"properties":{"i":{"format":"nosuch"}}}', 'i: "x"'),
 ("format_number_ignored_draft7", '{'+D7+'"properties":{"i":{"format":"ipv4"}}}', 'i: 5'),
 ("float_grouping_fraction", '{"properties":{"a":{"maximum":1234567.5}}}', 'a: 99999999.25'),
 ("int64_large", '{"properties":{"a":{"maximum":9007199254740993}}}', 'a: 9007199254740995'),
 ("tiny_exponent", '{"properties":{"a":{"minimum":1e-7}}}', 'a: 0.00000001'),
 ("big_exponent_schema", '{"properties":{"a":{"maximum":1.5e300}}}', 'a: 1e301'),
 ("max_length_emoji", '{"properties":{"a":{"maxLength":1}}}', 'a: "😀😀"'),
 ("pattern_go_syntax", '{"properties":{"a":{"pattern":"^\\\\p{Greek}+$"}}}', 'a: "abc"'),
 ("nested_array_path", '{"properties":{"a":{"items":{"properties":{"b":{"type":"integer"}}}}}}', 'a: [{b: 1}, {b: x}]'),
 ("oneof_objects_best_match", '{"properties":{"a":{"oneOf":[{"required":["x"]},{"required":["y","z"],"properties":{"y":{"type":"string"}}}]}}}', 'a: {y: 1}'),
 ("anyof_best_match", '{"properties":{"a":{"anyOf":[{"type":"string"},{"type":"integer","minimum":10}]}}}', 'a: 1'),
 ("ref_cycle_root", '{"properties":{"a":{"$ref":"#"}},"type":"object"}', 'a: 1'),
]
CASES = [{"name":n,"schema":s,"values":v} for n,s,v in cases]
import subprocess, tempfile, os
cases=CASES
out=[]
for c in cases:
    for s in (c['schema'],):
        json.loads(s)
    d=tempfile.mkdtemp(); os.makedirs(d+'/c/templates')
    open(d+'/c/Chart.yaml','w').write('apiVersion: v2\nname: c\nversion: 0.1.0\n')
    open(d+'/c/values.schema.json','w').write(c['schema']+'\n')
    open(d+'/c/values.yaml','w').write(c['values']+'\n')
    r={}
    for h in ('helm4','helm3'):
        p=subprocess.run(['/root/.cache/bosun/dev/'+h,'template','x',d+'/c'],capture_output=True,text=True)
        e=p.stderr
        if p.returncode==0: r[h]=None
        else:
            assert e.startswith('Error: ') and e.endswith('\n'), e
            r[h]=e[len('Error: '):-1]
    c2=dict(c); c2['v4']=r['helm4']; c2['v3']=r['helm3']; out.append(c2)
json.dump(out, open('helm-schema-cases.json','w'), indent=1, ensure_ascii=False)
