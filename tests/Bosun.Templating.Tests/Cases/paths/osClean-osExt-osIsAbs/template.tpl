{{ osClean "/a/./b/../c" }} {{ osExt "x.yaml" }} {{ osIsAbs "/etc" }} {{ osIsAbs "etc" }}
