{{ and }}
