{{ len (.Files.Lines "files/none") }} {{ typeOf (.Files.Lines "files/none") }}
