{{ (dict).Foo }}
