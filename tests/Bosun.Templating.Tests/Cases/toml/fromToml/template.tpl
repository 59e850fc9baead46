{{ $t := fromToml "title = \"x\"\n[owner]\nname = \"Tom\"\nage = 42\n" }}{{ $t.title }} {{ $t.owner.name }} {{ $t.owner.age }} {{ typeOf $t.owner.age }}
