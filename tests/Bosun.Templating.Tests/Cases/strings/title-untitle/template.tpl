{{ title "hello wide world" }} {{ untitle "Hello World" }} {{ title "o'neil is here" }} {{ title "hello-world_foo.bar" }}
