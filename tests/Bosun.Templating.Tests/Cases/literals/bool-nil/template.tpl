{{ true }} {{ false }} {{ typeOf true }} {{ printf "%v" nil }}
