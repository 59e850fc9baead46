[{{ osExt "" }}] {{ osClean "" }} {{ osClean "a/../../b" }}
