{{ mustFirst 1 }}
