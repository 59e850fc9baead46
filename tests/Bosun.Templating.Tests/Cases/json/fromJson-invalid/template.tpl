{{ fromJson "{bad" }}
